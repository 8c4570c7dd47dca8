using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Web.Components.Volunteer;
using ShareAlliance.Web.Services;
using static ShareAlliance.Web.Tests.Components.OrganisationTestContext;

namespace ShareAlliance.Web.Tests.Components.Volunteer;

/// <summary>The volunteer's own page: the profile form with the API's errors next to their fields, what was typed kept, hours and missions.</summary>
public sealed class VolunteerHomeTests
{
    private const string NeedId = "0195a8f0-0000-7000-8000-0000000000a1";

    private const string Profile = """
        {"id":"0195a8f0-0000-7000-8000-000000000101","version":7,"displayName":"Camille Martin","contactEmail":"camille@example.org","contactPhone":null,
         "profile":{"skills":[{"skill":"security.backups","level":3}],"hoursPerMonth":10,"availableFrom":null,"availableUntil":"2027-06-30",
                    "workMode":"Hybrid","departement":"69","radiusKm":30,"languages":["fr","en"],"causes":["education"],"categories":["SECURITY"],
                    "acceptsSensitiveNeeds":false},
         "verified":false,"paused":false,"withdrawn":false,"joinedAt":"2026-11-20T10:00:00+00:00","hoursCommitted":4,"hoursFree":6}
        """;

    [Fact]
    public async Task FirstProfile_TheApisValidationErrors_AreShownNextToTheirFields_AndWhatWasTypedIsKept()
    {
        string? ifMatch = null;
        await using var test = Create((request, _) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/volunteers/me") => new HttpResponseMessage(HttpStatusCode.NotFound),
            ("PUT", "/volunteers/me") => Remember(request, out ifMatch, Problem("""
                {"contactPhone":["A phone number is digits, spaces, dots or dashes, with an optional +."],
                 "skills[0].skill":["'x' is not in the skills catalogue."],
                 "causes[0]":["'education' is not a cause area."]}
                """)),
            _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
        });
        WithNeeds(test);

        var page = test.Context.Render<VolunteerHome>();
        page.WaitForAssertion(() => page.Find("[data-testid=first-profile]"));
        await page.Find("#displayName").ChangeAsync(new ChangeEventArgs { Value = "Camille Martin" });
        await page.Find("#contactPhone").ChangeAsync(new ChangeEventArgs { Value = "06 abc" });
        await page.Find("#skill-search").InputAsync(new ChangeEventArgs { Value = "sauvegarde" });
        await page.FindAll(".sa-skill-results button").First(b => b.TextContent.Contains("Sauvegardes", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());
        await page.Find("#hoursPerMonth").ChangeAsync(new ChangeEventArgs { Value = "12" });
        await page.Find("#causes-education").ChangeAsync(new ChangeEventArgs { Value = true });
        await page.Find("form[data-testid=profile-form]").SubmitAsync();

        page.WaitForAssertion(() => page.Find("#contactPhone-error").TextContent.ShouldBe("A phone number is digits, spaces, dots or dashes, with an optional +."));
        page.Find("#contactPhone").GetAttribute("aria-invalid").ShouldBe("true");
        page.Find("#contactPhone").GetAttribute("aria-describedby").ShouldBe("contactPhone-error");
        page.Find("#skills-error").TextContent.ShouldBe("'x' is not in the skills catalogue.");
        page.Find("#causes-error").TextContent.ShouldBe("'education' is not a cause area.");
        page.Find("[data-testid=causes]").GetAttribute("aria-describedby").ShouldBe("causes-error");
        page.Find("#displayName").GetAttribute("aria-invalid").ShouldBe("false");
        page.Find("[data-testid=form-error]").TextContent.ShouldContain("Le formulaire contient des erreurs");
        // Nothing typed is lost; a first profile is sent at version 0, so one created meanwhile in another tab is not overwritten.
        page.Find("#displayName").GetAttribute("value").ShouldBe("Camille Martin");
        page.Find("#contactPhone").GetAttribute("value").ShouldBe("06 abc");
        page.Find("#hoursPerMonth").GetAttribute("value").ShouldBe("12");
        page.Find("[data-testid=chosen-skills]").TextContent.ShouldContain("Sauvegardes");
        page.Find("#causes-education").HasAttribute("checked").ShouldBeTrue();
        ifMatch.ShouldBe("\"0\"");
        test.Requests.ShouldContain(r => r.StartsWith("PUT /volunteers/me", StringComparison.Ordinal)
            && r.Contains("\"skills\":[{\"skill\":\"security.backups\",\"level\":2}]", StringComparison.Ordinal)
            && r.Contains("\"hoursPerMonth\":12", StringComparison.Ordinal) && r.Contains("\"causes\":[\"education\"]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheFormsOwnChecks_NameTheMissingFields_BeforeAnythingIsSent()
    {
        await using var test = Create((request, _) => request.Method == HttpMethod.Get
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : throw new InvalidOperationException("nothing should be sent"));
        WithNeeds(test);

        var page = test.Context.Render<VolunteerHome>();
        page.WaitForAssertion(() => page.Find("[data-testid=first-profile]"));
        await page.Find("#workMode-OnSite").ChangeAsync(new ChangeEventArgs { Value = "OnSite" });
        await page.Find("form[data-testid=profile-form]").SubmitAsync();

        page.Find("#displayName-error").TextContent.ShouldBe("Ce champ est obligatoire.");
        page.Find("#skills-error").TextContent.ShouldBe("Ajoutez au moins une compétence.");
        page.Find("#departement-error").TextContent.ShouldBe("Indiquez d’où vous vous déplacez : un département.");
        test.Requests.ShouldAllBe(r => r.StartsWith("GET", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenTheServiceIsDown_OnSaving_ThePageSaysSo_AndKeepsWhatWasTyped()
    {
        await using var test = Create((request, _) => request.Method == HttpMethod.Get
            ? Json(Profile)
            : new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        WithNeeds(test);

        var page = test.Context.Render<VolunteerHome>();
        page.WaitForAssertion(() => page.Find("#displayName").GetAttribute("value").ShouldBe("Camille Martin"));
        await page.Find("#displayName").ChangeAsync(new ChangeEventArgs { Value = "Camille M." });
        await page.Find("#hoursPerMonth").ChangeAsync(new ChangeEventArgs { Value = "15" });
        await page.Find("form[data-testid=profile-form]").SubmitAsync();

        page.WaitForAssertion(() => page.Find("[data-testid=profile-not-saved]").TextContent
            .ShouldBe("Le service des bénévoles ne répond pas : rien n’a été enregistré. Ce que vous avez saisi est conservé ; réessayez dans quelques instants."));
        page.Find("#displayName").GetAttribute("value").ShouldBe("Camille M.");
        page.Find("#hoursPerMonth").GetAttribute("value").ShouldBe("15");
        page.Find("[data-testid=chosen-skills]").TextContent.ShouldContain("Sauvegardes");
        page.Find("#departement").GetAttribute("value").ShouldBe("69");
    }

    [Fact]
    public async Task ChangedElsewhere_TheSaveSaysSo_KeepsWhatWasTyped_AndTheNextSaveSendsTheCurrentVersion()
    {
        var ifMatches = new List<string>();
        var reads = 0;
        await using var test = Create((request, _) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/volunteers/me") => Json(Interlocked.Increment(ref reads) == 1 ? Profile : Profile.Replace("\"version\":7", "\"version\":9", StringComparison.Ordinal)),
            ("PUT", "/volunteers/me") => Record(request, ifMatches) == "\"7\""
                ? Problem("""{"title":"The resource changed since you read it.","status":412,"type":"https://sharealliance.org/problems/stale-version"}""", 412)
                : Json(Profile.Replace("\"version\":7", "\"version\":10", StringComparison.Ordinal).Replace("Camille Martin", "Camille M.", StringComparison.Ordinal)),
            _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
        });
        WithNeeds(test);

        var page = test.Context.Render<VolunteerHome>();
        page.WaitForAssertion(() => page.Find("#displayName").GetAttribute("value").ShouldBe("Camille Martin"));
        await page.Find("#displayName").ChangeAsync(new ChangeEventArgs { Value = "Camille M." });
        await page.Find("form[data-testid=profile-form]").SubmitAsync();

        page.WaitForAssertion(() => page.Find("[data-testid=form-error]").TextContent.ShouldContain("Votre profil a été modifié ailleurs"));
        page.Find("#displayName").GetAttribute("value").ShouldBe("Camille M.");
        await page.Find("form[data-testid=profile-form]").SubmitAsync();

        page.WaitForAssertion(() => page.Find("[data-testid=profile-saved]").TextContent.ShouldStartWith("Profil enregistré le "));
        ifMatches.ShouldBe(["\"7\"", "\"9\""]);
    }

    [Fact]
    public async Task HoursAndConfirmedMissions_AreShownWithTheNeedsTitles()
    {
        await using var test = Create((request, _) => request.RequestUri!.Host switch
        {
            "matching.test" => Json($$$"""
                [{"id":"0195a8f0-0000-7000-8000-0000000000c1","needId":"{{{NeedId}}}","associationId":"0195a8f0-0000-7000-8000-0000000000d1","score":82,
                  "reasons":[],"coveredSkills":["security.backups"],"hoursPerMonth":4,"status":"Confirmed","proposedAt":"2026-11-24T09:00:00+00:00",
                  "expiresAt":"2026-12-01T09:00:00+00:00","confirmedHours":4,"declinedBy":null,"reasonCode":null},
                 {"id":"0195a8f0-0000-7000-8000-0000000000c2","needId":"0195a8f0-0000-7000-8000-0000000000a2","associationId":"0195a8f0-0000-7000-8000-0000000000d1","score":60,
                  "reasons":[],"coveredSkills":[],"hoursPerMonth":6,"status":"Declined","proposedAt":"2026-11-23T09:00:00+00:00",
                  "expiresAt":"2026-11-30T09:00:00+00:00","confirmedHours":null,"declinedBy":"Volunteer","reasonCode":"no-time"}]
                """),
            _ => Json(Profile),
        });
        WithNeeds(test);

        var page = test.Context.Render<VolunteerHome>();

        page.WaitForAssertion(() => page.Find("[data-testid=confirmed-missions]").TextContent.ShouldContain("Sauvegardes des postes — 4 h par mois"));
        page.FindAll("[data-testid=confirmed-missions] li").Count.ShouldBe(1);
        Plain(page.Find("[data-testid=hours-available]").TextContent).ShouldBe("10 h");
        Plain(page.Find("[data-testid=hours-committed]").TextContent).ShouldBe("4 h");
        Plain(page.Find("[data-testid=hours-free]").TextContent).ShouldBe("6 h");
        page.Find("[data-testid=participation-state]").TextContent.ShouldStartWith("Votre profil est actif");
    }

    [Fact]
    public async Task Enrolment_AnUnknownCode_IsSaidNextToTheCodeField_AndAGoodOneNamesTheProgramme()
    {
        await using var test = Create((request, body) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("POST", "/programmes/enrol") when body.Contains("NOPE", StringComparison.Ordinal) => Problem("""{"title":"Not found","status":404}""", 404),
            ("POST", "/programmes/enrol") => Json("""
                {"programmeId":"0195a8f0-0000-7000-8000-0000000000f7","employerId":"0195a8f0-0000-7000-8000-00000000e001","programmeName":"Octet solidaire 2027",
                 "hoursCapPerEmployee":80,"until":"2027-12-31","enrolledAt":"2026-11-24T09:00:00+00:00"}
                """),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        WithNeeds(test);

        var page = test.Context.Render<VolunteerHome>();
        page.WaitForAssertion(() => page.Find("#invitationCode"));
        await page.Find("#invitationCode").ChangeAsync(new ChangeEventArgs { Value = "NOPE" });
        await page.Find("form[data-testid=enrolment-form]").SubmitAsync();

        page.WaitForAssertion(() => page.Find("#invitationCode-error").TextContent.ShouldBe("Aucun programme n’a ce code : vérifiez-le auprès de votre employeur."));
        page.Find("#invitationCode").GetAttribute("aria-invalid").ShouldBe("true");
        page.Find("#invitationCode").GetAttribute("aria-describedby")!.ShouldContain("invitationCode-error");
        page.Find("#invitationCode").GetAttribute("value").ShouldBe("NOPE");

        await page.Find("#invitationCode").ChangeAsync(new ChangeEventArgs { Value = "K7QX2M9PRA" });
        await page.Find("form[data-testid=enrolment-form]").SubmitAsync();

        page.WaitForAssertion(() => page.Find("[data-testid=enrolment-done]").TextContent.ShouldBe("Vous avez rejoint « Octet solidaire 2027 » : jusqu’à 80 h par an, jusqu’au 31/12/2027."));
        page.FindAll("#invitationCode-error").ShouldBeEmpty();
    }

    [Fact]
    public async Task InEnglish_TheFormAndItsErrorsAreInEnglish()
    {
        await using var test = Create((request, _) => request.Method == HttpMethod.Get
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : throw new InvalidOperationException("nothing should be sent"), "en-GB");
        WithNeeds(test);

        var page = test.Context.Render<VolunteerHome>();
        page.WaitForAssertion(() => page.Find("[data-testid=first-profile]"));
        page.Find("label[for=hoursPerMonth]").TextContent.ShouldBe("Hours a month I can give");
        page.Find("label[for=workMode-Hybrid]").TextContent.ShouldBe("Both (remote and on site)");
        page.Find("label[for=categories-SECURITY]").TextContent.ShouldNotBeNullOrWhiteSpace();
        await page.Find("#hoursPerMonth").ChangeAsync(new ChangeEventArgs { Value = "500" });
        await page.Find("form[data-testid=profile-form]").SubmitAsync();

        page.Find("#hoursPerMonth-error").TextContent.ShouldBe("Between 1 and 200 hours a month.");
        page.Find("#skills-error").TextContent.ShouldBe("Add at least one skill.");
    }

    private static void WithNeeds(OrganisationTestContext test) =>
        test.Context.Services.AddSingleton(new NeedsClient(new HttpClient(new NeedsStub()) { BaseAddress = new Uri("http://needs.test/") }));

    private static HttpResponseMessage Problem(string errorsOrProblem, int status = 400) => new((HttpStatusCode)status)
    {
        Content = new StringContent(
            status == 400
                ? $$$"""{"type":"https://sharealliance.org/problems/validation","title":"One or more validation errors occurred.","status":400,"errors":{{{errorsOrProblem}}}}"""
                : errorsOrProblem,
            System.Text.Encoding.UTF8, "application/problem+json"),
    };

    private static HttpResponseMessage Remember(HttpRequestMessage request, out string? ifMatch, HttpResponseMessage answer)
    {
        ifMatch = request.Headers.IfMatch.ToString();
        return answer;
    }

    private static string Record(HttpRequestMessage request, List<string> ifMatches)
    {
        var ifMatch = request.Headers.IfMatch.ToString();
        lock (ifMatches)
        {
            ifMatches.Add(ifMatch);
        }

        return ifMatch;
    }

    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();

    /// <summary>The needs service: the one need the missions name.</summary>
    private sealed class NeedsStub : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(request.RequestUri!.AbsolutePath == $"/needs/{NeedId}"
                ? Json($$$"""{"id":"{{{NeedId}}}","version":3,"title":"Sauvegardes des postes","status":"Staffed","category":"SECURITY"}""")
                : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}
