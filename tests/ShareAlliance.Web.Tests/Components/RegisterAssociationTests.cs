using System.Net;
using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Web.Authentication;
using ShareAlliance.Web.Components.Association;

namespace ShareAlliance.Web.Tests.Components;

public sealed class RegisterAssociationTests
{
    [Fact]
    public void SirenTypedWithAWrongCheckDigit_IsRefusedAsItIsTyped_WithTheMessageTiedToTheField()
    {
        using var context = Context(_ => throw new InvalidOperationException("no call expected"));
        var form = context.Render<RegisterAssociation>();

        form.Find("#siren").Input("732829321");

        form.Find("#siren").GetAttribute("aria-invalid").ShouldBe("true");
        form.Find("#siren").GetAttribute("aria-describedby")!.Split(' ').ShouldContain("siren-error");
        form.Find("#siren-error").TextContent.ShouldStartWith("Ce SIREN n’est pas valide");

        form.Find("#siren").Input("732829320");
        form.FindAll("#siren-error").ShouldBeEmpty();
        form.Find("[data-testid=siren-ok]").TextContent.ShouldBe("Numéro au bon format.");
    }

    [Fact]
    public async Task ErrorsTheApiNames_AreShownNextToTheirFields()
    {
        using var context = Context(_ => new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent(
                """{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"city":["'City' must not be empty."],"siret":["The SIRET must start with the SIREN."]}}""",
                Encoding.UTF8,
                "application/problem+json"),
        });
        var form = context.Render<RegisterAssociation>();
        Fill(form);

        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => form.Find("#siret-error").TextContent.ShouldBe("The SIRET must start with the SIREN."));
        form.Find("#city-error").TextContent.ShouldBe("'City' must not be empty.");
        form.Find("#siret").GetAttribute("aria-invalid").ShouldBe("true");
        form.Find("[data-testid=form-error]").TextContent.ShouldStartWith("Le formulaire contient des erreurs");
    }

    [Fact]
    public async Task NeedsServiceDown_SaysSo_AndKeepsWhatWasTyped()
    {
        using var context = Context(_ => throw new HttpRequestException("connection refused"));
        var form = context.Render<RegisterAssociation>();
        Fill(form);

        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => form.Find("[data-testid=service-unavailable]").TextContent.ShouldContain("ne répond pas"));
        form.Find("#name").GetAttribute("value").ShouldBe("Les Ateliers du Lien");
        form.Find("#rna").GetAttribute("value").ShouldBe("W751234567");
    }

    [Fact]
    public async Task NeitherRnaNorSiren_IsAskedFor_AndNothingIsSent()
    {
        var sent = 0;
        using var context = Context(_ =>
        {
            sent++;
            return new HttpResponseMessage(HttpStatusCode.Created);
        });
        var form = context.Render<RegisterAssociation>();
        Fill(form);
        await form.Find("#rna").InputAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "" });

        await form.Find("form").SubmitAsync();

        form.Find("#rna-error").TextContent.ShouldBe("Donnez le numéro RNA ou le SIREN.");
        sent.ShouldBe(0);
    }

    private static void Fill(IRenderedComponent<RegisterAssociation> form)
    {
        form.Find("#name").Change("Les Ateliers du Lien");
        form.Find("#rna").Input("W751234567");
        form.Find("#departement").Change("69");
        form.Find("#city").Change("Lyon");
        form.Find("#size").Change("Small");
    }

    private static BunitContext Context(Func<HttpRequestMessage, HttpResponseMessage> needs)
    {
        var context = WebTestContext.Create(needs);
        context.AddAuthorization().SetAuthorized("member").SetRoles("association_member");
        context.Services.AddDistributedMemoryCache();
        context.Services.AddDataProtection();
        context.Services.AddSingleton(TimeProvider.System);
        context.Services.AddHttpClient();
        context.Services.AddSingleton<ServerSideTickets>();
        context.Services.AddSingleton<UserTokens>();
        return context;
    }
}
