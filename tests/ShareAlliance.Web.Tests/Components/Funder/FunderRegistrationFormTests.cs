using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using ShareAlliance.Web.Components.Pages.Funder;
using static ShareAlliance.Web.Tests.Components.OrganisationTestContext;

namespace ShareAlliance.Web.Tests.Components.Funder;

public sealed class FunderRegistrationFormTests
{
    [Fact]
    public async Task SirenWithABadCheckDigit_IsMarkedAsItIsTyped_AndNothingIsSent()
    {
        await using var test = Create((_, _) => throw new InvalidOperationException("nothing should be sent"));
        var form = test.Context.Render<FunderRegistrationForm>();

        await form.Find("#funder-siren").InputAsync(new ChangeEventArgs { Value = "732 829 321" });

        ErrorOf(form, "funder-siren").ShouldBe("Ce SIREN n’est pas valide : sa clé de contrôle ne correspond pas.");
        form.Find("#funder-siren").GetAttribute("aria-invalid").ShouldBe("true");
        await form.Find("form").SubmitAsync();
        test.Requests.ShouldBeEmpty();
        ErrorOf(form, "funder-name").ShouldBe("Ce champ est obligatoire.");
    }

    [Fact]
    public async Task ValidationErrorsOfTheApi_AreShownNextToTheFieldTheyName_AndWhatWasTypedStays()
    {
        await using var test = Create((_, _) => BadRequest("name", "'Name' must be 200 characters or fewer."));
        var form = test.Context.Render<FunderRegistrationForm>();
        await FillInAsync(form, "Fondation Lumière", "Foundation", "732829320");

        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => ErrorOf(form, "funder-name").ShouldBe("'Name' must be 200 characters or fewer."));
        form.Find("[data-testid=form-problem]").TextContent.ShouldContain("Le formulaire contient des erreurs");
        ErrorOf(form, "funder-siren").ShouldBeEmpty();
        form.Find("#funder-name").GetAttribute("value").ShouldBe("Fondation Lumière");
        test.Requests.ShouldHaveSingleItem().ShouldStartWith("POST /funders ");
        test.Requests[0].ShouldContain("\"siren\":\"732829320\"");
    }

    [Fact]
    public async Task FundingServiceDown_SaysSoClearly_AndKeepsWhatWasTyped()
    {
        await using var test = Create((_, _) => throw new HttpRequestException("connection refused"));
        var form = test.Context.Render<FunderRegistrationForm>();
        await FillInAsync(form, "Fondation Lumière", "Foundation", "");

        await form.Find("form").SubmitAsync();

        form.WaitForAssertion(() => form.Find("[data-testid=service-unavailable]").TextContent.ShouldContain("Le service des financements ne répond pas"));
        form.Find("#funder-name").GetAttribute("value").ShouldBe("Fondation Lumière");
    }

    [Fact]
    public async Task InEnglish_TheIdentifierRuleIsSaidInEnglish()
    {
        await using var test = Create((_, _) => new HttpResponseMessage(HttpStatusCode.InternalServerError), "en-GB");
        var form = test.Context.Render<FunderRegistrationForm>();

        await form.Find("#funder-siren").InputAsync(new ChangeEventArgs { Value = "12345" });

        ErrorOf(form, "funder-siren").ShouldBe("A SIREN has 9 digits.");
    }

    private static async Task FillInAsync(IRenderedComponent<FunderRegistrationForm> form, string name, string type, string siren)
    {
        await form.Find("#funder-name").ChangeAsync(new ChangeEventArgs { Value = name });
        var select = form.FindComponent<MudSelect<string>>();
        await select.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(type));
        await form.Find("#funder-siren").InputAsync(new ChangeEventArgs { Value = siren });
    }
}
