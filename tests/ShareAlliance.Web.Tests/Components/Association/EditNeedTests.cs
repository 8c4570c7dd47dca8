using System.Net;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Web.Components.Association;

namespace ShareAlliance.Web.Tests.Components.Association;

public sealed class EditNeedTests
{
    private const string NeedId = "0195a8f0-0000-7000-8000-0000000000b7";

    [Fact]
    public async Task Form_IsPrefilledWithTheNeed_AndSavingSendsTheWholeContentWithTheVersionReadInIfMatch()
    {
        var sent = new List<(string IfMatch, string Body)>();
        using var context = Context(request => request.Method == HttpMethod.Put
            ? Remember(sent, request, Json(Need(version: 4, title: "Un site plus simple")))
            : Json(Need(version: 3)));
        var form = context.Render<EditNeed>(p => p.Add(x => x.Id, Guid.Parse(NeedId)));

        form.WaitForAssertion(() => form.Find("#title").GetAttribute("value").ShouldBe("Refaire le site"));
        form.Find("#category").GetAttribute("value").ShouldBe("COMM");
        form.Find("#effortHours").GetAttribute("value").ShouldBe("30");
        form.Find("[data-testid=chosen-skills]").TextContent.ShouldContain("WordPress");
        form.Find("#departement").GetAttribute("value").ShouldBe("69");

        await form.Find("#title").ChangeAsync(new ChangeEventArgs { Value = "Un site plus simple" });
        await form.Find("form[data-testid=edit-need]").SubmitAsync();

        form.WaitForAssertion(() => context.Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith($"/association/needs/{NeedId}?edited=true"));
        var (ifMatch, body) = sent.ShouldHaveSingleItem();
        ifMatch.ShouldBe("\"3\"");
        body.ShouldContain("\"title\":\"Un site plus simple\"");
        body.ShouldContain("\"requiredSkills\":[{\"skill\":\"web.wordpress\",\"minimumLevel\":3}]");
        body.ShouldContain("\"languages\":[\"fr\"]");
        body.ShouldContain("\"sensitive\":true");
        body.ShouldNotContain("associationId");
    }

    [Fact]
    public async Task ErrorsTheApiNames_AreShownNextToTheirFields_AndWhatWasTypedStays()
    {
        using var context = Context(request => request.Method == HttpMethod.Put
            ? Problem(HttpStatusCode.BadRequest, """{"title":"One or more validation errors occurred.","status":400,"errors":{"description":["The description is too long."],"requiredSkills[0].skill":["'web.nope' is not a skill of the catalogue."]}}""")
            : Json(Need(version: 3)));
        var form = context.Render<EditNeed>(p => p.Add(x => x.Id, Guid.Parse(NeedId)));
        await form.WaitForElement("#description").ChangeAsync(new ChangeEventArgs { Value = "Une très longue description" });

        await form.Find("form[data-testid=edit-need]").SubmitAsync();

        form.WaitForAssertion(() => form.Find("#description-error").TextContent.ShouldBe("The description is too long."));
        form.Find("#description").GetAttribute("aria-invalid").ShouldBe("true");
        form.Find("#description").GetAttribute("aria-describedby").ShouldBe("description-error");
        form.Find("#skills-error").TextContent.ShouldBe("'web.nope' is not a skill of the catalogue.");
        form.Find("[data-testid=form-error]").TextContent.ShouldStartWith("Le formulaire contient des erreurs");
        form.Find("#description").GetAttribute("value").ShouldBe("Une très longue description");
    }

    [Fact]
    public async Task ChangedMeanwhile_412_SaysSo_KeepsWhatWasTyped_AndReloadingStartsFromTheCurrentVersion()
    {
        var sent = new List<(string IfMatch, string Body)>();
        var stored = Need(version: 3);
        using var context = Context(request => request.Method == HttpMethod.Put
            ? Remember(sent, request, sent.Count == 0
                ? Problem(HttpStatusCode.PreconditionFailed, """{"type":"https://sharealliance.org/problems/stale-version","title":"The resource changed since you read it.","status":412}""")
                : Json(Need(version: 5, title: "Refaire le site, version courte")))
            : Json(stored));
        var form = context.Render<EditNeed>(p => p.Add(x => x.Id, Guid.Parse(NeedId)));
        await form.WaitForElement("#title").ChangeAsync(new ChangeEventArgs { Value = "Mon titre à moi" });

        await form.Find("form[data-testid=edit-need]").SubmitAsync();

        form.WaitForAssertion(() => form.Find("[data-testid=stale-version]").TextContent.ShouldContain("Quelqu’un a modifié ce besoin pendant que vous le modifiiez"));
        form.Find("#title").GetAttribute("value").ShouldBe("Mon titre à moi");
        form.FindAll("[data-testid=form-error]").ShouldBeEmpty();
        context.Services.GetRequiredService<NavigationManager>().Uri.ShouldNotContain("edited");

        stored = Need(version: 4, title: "Refaire le site, version courte");
        await form.Find("[data-testid=stale-version] button").ClickAsync(new());

        form.WaitForAssertion(() => form.Find("#title").GetAttribute("value").ShouldBe("Refaire le site, version courte"));
        form.FindAll("[data-testid=stale-version]").ShouldBeEmpty();
        await form.Find("form[data-testid=edit-need]").SubmitAsync();
        form.WaitForAssertion(() => sent.Count.ShouldBe(2));
        sent[1].IfMatch.ShouldBe("\"4\"");
    }

    [Fact]
    public void StaffedNeed_IsNotOfferedForEditing_AndSaysWhyInPlainWords()
    {
        using var context = Context(_ => Json(Need(version: 6, status: "Staffed")));

        var form = context.Render<EditNeed>(p => p.Add(x => x.Id, Guid.Parse(NeedId)));

        form.WaitForAssertion(() => form.Find("[data-testid=not-editable]").TextContent.ShouldBe("Ce besoin ne peut plus être modifié : il est à l’état « Équipe trouvée »."));
        form.FindAll("form").ShouldBeEmpty();
    }

    [Fact]
    public void InEnglish_TheFormSpeaksEnglish()
    {
        using var context = Context(_ => Json(Need(version: 3)), "en-GB");

        var form = context.Render<EditNeed>(p => p.Add(x => x.Id, Guid.Parse(NeedId)));

        form.WaitForAssertion(() => form.Find("h1").TextContent.ShouldBe("Edit the need"));
        form.Find("form[data-testid=edit-need] button[type=submit]").TextContent.ShouldBe("Save the changes");
    }

    [Fact]
    public void AnotherAssociationsPublishedNeed_GetsNoForm_AndSaysWhy()
    {
        using var context = Context(_ => Json(Need(version: 3)), organisation: "association:0195a8f0-0000-7000-8000-0000000000c9");

        var form = context.Render<EditNeed>(p => p.Add(x => x.Id, Guid.Parse(NeedId)));

        form.WaitForAssertion(() => form.Find("[data-testid=not-our-need]").TextContent.ShouldStartWith("Ce besoin est celui d’une autre association"));
        form.FindAll("form").ShouldBeEmpty();
    }

    private static string Need(long version, string title = "Refaire le site", string status = "Published") => $$$"""
        {"id":"{{{NeedId}}}","version":{{{version}}},"associationId":"0195a8f0-0000-7000-8000-0000000000c1","status":"{{{status}}}",
         "title":"{{{title}}}","description":"Un site accessible.","category":"COMM","format":"OneOffMission","workMode":"Hybrid",
         "place":{"departement":"69","city":"Lyon"},"effortHours":30,"deadline":"2027-03-01","urgency":"Normal","languages":["fr"],
         "requiredSkills":[{"skill":"web.wordpress","minimumLevel":3}],"budget":480.5,"sensitive":true,"draftedAt":"2026-11-20T10:00:00+00:00",
         "publishedAt":"2026-11-20T10:05:00+00:00","cancellationReason":null}
        """;

    private static HttpResponseMessage Json(string json) => WebTestContext.Json(json);

    private static HttpResponseMessage Problem(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/problem+json") };

    private static HttpResponseMessage Remember(List<(string IfMatch, string Body)> sent, HttpRequestMessage request, HttpResponseMessage answer)
    {
        using var reader = new StreamReader(request.Content!.ReadAsStream());
        sent.Add((request.Headers.IfMatch.ToString(), reader.ReadToEnd()));
        return answer;
    }

    private static BunitContext Context(
        Func<HttpRequestMessage, HttpResponseMessage> needs, string culture = "fr-FR", string organisation = "association:0195a8f0-0000-7000-8000-0000000000c1")
    {
        var context = WebTestContext.Create(needs, culture);
        context.AddAuthorization().SetAuthorized("member").SetRoles("association_member").SetClaims(new System.Security.Claims.Claim("org", organisation));
        return context;
    }
}
