using System.Net;
using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using ShareAlliance.Web.Components.Volunteer;
using ShareAlliance.Web.Localization;
using ShareAlliance.Web.Services;
using static ShareAlliance.Web.Tests.Components.OrganisationTestContext;

namespace ShareAlliance.Web.Tests.Components.Volunteer;

public sealed class ProposalsTests
{
    private const string OpenId = "0195a8f0-0000-7000-8000-0000000000a1";
    private const string ConfirmedId = "0195a8f0-0000-7000-8000-0000000000a2";
    private const string BackupsNeed = "0195a8f0-0000-7000-8000-0000000000b1";
    private const string WebsiteNeed = "0195a8f0-0000-7000-8000-0000000000b2";

    /// <summary>The reasons exactly as matching's engine writes them (MatchExplanation.Sentences).</summary>
    private static readonly string[] EngineReasons =
    [
        "covers 1 of 2 required skills",
        "security.backups level 3 (asked 2)",
        "security.gdpr level 1, asked 3: missing",
        "8 h/month free for about 2.5 h/month needed",
        "remote",
        "works in fr, en",
    ];

    private static string Proposal(string id, string needId, string status, string proposedAt, string? declinedBy = null, string? reasonCode = null) => $$$"""
        {"id":"{{{id}}}","needId":"{{{needId}}}","needVersion":2,"associationId":"0195a8f0-0000-7000-8000-0000000000c1","volunteerId":"0195a8f0-0000-7000-8000-0000000000d1",
         "score":87.46,"reasons":{{{System.Text.Json.JsonSerializer.Serialize(EngineReasons)}}},"coveredSkills":["security.backups"],"hoursPerMonth":3,
         "status":"{{{status}}}","proposedAt":"{{{proposedAt}}}","expiresAt":"2026-11-27T09:30:00+00:00","roundId":null,"confirmedHours":null,
         "declinedBy":{{{(declinedBy is null ? "null" : $"\"{declinedBy}\"")}}},"reasonCode":{{{(reasonCode is null ? "null" : $"\"{reasonCode}\"")}}},"version":1}
        """;

    /// <summary>A confirmed proposal, newer, and one awaiting an answer, older: the open one must come first.</summary>
    private static readonly string Inbox = $"[{Proposal(ConfirmedId, WebsiteNeed, "Confirmed", "2026-11-22T08:00:00+00:00")},{Proposal(OpenId, BackupsNeed, "Proposed", "2026-11-20T09:30:00+00:00")}]";

    [Fact]
    public async Task Inbox_ShowsEachNeedWithItsScore_TheReasonsInFrench_AndTheOpenProposalFirst()
    {
        await using var test = Inboxed((_, _) => Json(Inbox));
        var page = test.Context.Render<Proposals>();

        var items = page.WaitForElements("[data-testid=proposal]");
        items.Count.ShouldBe(2);
        var open = items[0];
        open.QuerySelector("[data-testid=proposal-need]")!.TextContent.ShouldBe("Sauvegardes des postes");
        open.QuerySelector("[data-testid=proposal-need]")!.GetAttribute("href").ShouldBe($"needs/{BackupsNeed}");
        open.QuerySelector("[data-testid=proposal-status]")!.TextContent.ShouldBe("En attente de votre réponse");
        open.QuerySelector("[data-testid=proposal-score]")!.TextContent.ShouldBe("87 / 100");
        open.QuerySelector("[data-testid=proposal-date]")!.TextContent.ShouldBe("20/11/2026");
        open.QuerySelector("[data-testid=proposal-expires]")!.TextContent.ShouldBe("27/11/2026 10:30");
        Reasons(open).ShouldBe(
        [
            "Vous avez 1 des 2 compétences demandées",
            "Sauvegardes : votre niveau 3 (avancé) couvre le niveau 2 (autonome) demandé",
            "RGPD : manquante, votre niveau 1 (notions) est sous le niveau 3 (avancé) demandé",
            "8 h libres par mois pour environ 2,5 h par mois demandées",
            "À distance",
            "Langues en commun : français, anglais",
        ]);

        var confirmed = items[1];
        confirmed.QuerySelector("[data-testid=proposal-need]")!.TextContent.ShouldBe("Refaire le site");
        confirmed.QuerySelector("[data-testid=proposal-status]")!.TextContent.ShouldBe("Confirmée par l’association");
        confirmed.QuerySelector("[data-testid=accept]").ShouldBeNull();
        confirmed.QuerySelector("[data-testid=decline]").ShouldBeNull();
    }

    [Fact]
    public async Task Inbox_InEnglish_SaysTheReasonsInEnglish()
    {
        await using var test = Inboxed((_, _) => Json(Inbox), "en-GB");
        var page = test.Context.Render<Proposals>();

        var open = page.WaitForElements("[data-testid=proposal]")[0];

        open.QuerySelector("[data-testid=proposal-status]")!.TextContent.ShouldBe("Awaiting your answer");
        Reasons(open).ShouldBe(
        [
            "You hold 1 of the 2 skills asked",
            "Backups: your level 3 (advanced) covers the level 2 (autonomous) asked",
            "GDPR: missing, your level 1 (basics) is below the level 3 (advanced) asked",
            "8 h free a month for about 2.5 h a month needed",
            "Remote",
            "Shared languages: French, English",
        ]);
    }

    [Fact]
    public async Task EveryButton_NamesTheNeedItIsFor()
    {
        await using var test = Inboxed((_, _) => Json(Inbox));
        var page = test.Context.Render<Proposals>();

        var open = page.WaitForElements("[data-testid=proposal]")[0];

        Plain(open.QuerySelector("[data-testid=accept]")!.TextContent).ShouldBe("Accepter pour « Sauvegardes des postes »");
        Plain(open.QuerySelector("[data-testid=decline]")!.TextContent).ShouldBe("Décliner pour « Sauvegardes des postes »");
        Plain(page.Find($"label[for=decline-reason-{OpenId}]").TextContent).ShouldBe("Motif du refus pour « Sauvegardes des postes »");
    }

    [Fact]
    public async Task Decline_WithoutAReason_SaysSoNextToTheField_AndSendsNothing_ThenWithOne_TheRowIsDeclined()
    {
        await using var test = Inboxed((request, body) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/volunteers/me/proposals") => Json(Inbox),
            ("POST", $"/proposals/{OpenId}/decline") => Json(Proposal(OpenId, BackupsNeed, "Declined", "2026-11-20T09:30:00+00:00", "Volunteer", "no-time")),
            var other => throw new InvalidOperationException($"unexpected {other}"),
        });
        var page = test.Context.Render<Proposals>();
        page.WaitForElements("[data-testid=proposal]");

        await page.Find("[data-testid=decline]").ClickAsync(new());

        page.Find($"#decline-reason-{OpenId}-error").TextContent.ShouldBe("Choisissez un motif pour décliner.");
        page.Find($"#decline-reason-{OpenId}").GetAttribute("aria-describedby").ShouldBe($"decline-reason-{OpenId}-error");
        page.Find($"#decline-reason-{OpenId}").GetAttribute("aria-invalid").ShouldBe("true");
        test.Requests.ShouldNotContain(r => r.StartsWith("POST", StringComparison.Ordinal));

        await page.Find($"#decline-reason-{OpenId}").ChangeAsync(new() { Value = "no-time" });
        await page.Find("[data-testid=decline]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=proposal-status]").TextContent.ShouldBe("Déclinée"));
        page.Find("[data-testid=proposal-closed-reason]").TextContent.ShouldBe("décliné par vous : Pas le temps en ce moment");
        page.Find("[data-testid=proposal-outcome]").TextContent.ShouldBe("Vous avez décliné cette proposition.");
        page.FindAll($"#decline-reason-{OpenId}-error").ShouldBeEmpty();
        test.Requests.ShouldContain($$"""POST /proposals/{{OpenId}}/decline {"reasonCode":"no-time"}""");
    }

    [Fact]
    public async Task Accept_TheRowSaysAccepted_AndOffersNoSecondAccept()
    {
        await using var test = Inboxed((request, _) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/volunteers/me/proposals") => Json(Inbox),
            ("POST", $"/proposals/{OpenId}/accept") => Json(Proposal(OpenId, BackupsNeed, "Accepted", "2026-11-20T09:30:00+00:00")),
            var other => throw new InvalidOperationException($"unexpected {other}"),
        });
        var page = test.Context.Render<Proposals>();
        page.WaitForElements("[data-testid=proposal]");

        await page.Find("[data-testid=accept]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=proposal-status]").TextContent.ShouldBe("Acceptée, en attente de la confirmation de l’association"));
        page.Find("[data-testid=proposal-outcome]").TextContent.ShouldBe("Vous avez accepté : l’association confirme ensuite.");
        page.FindAll("[data-testid=accept]").ShouldBeEmpty();
        // Until the association confirms, the volunteer may still decline.
        page.FindAll("[data-testid=decline]").Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("need-not-open", "Ce besoin n’est plus ouvert (annulé, réalisé ou expiré) : la proposition ne peut plus recevoir de réponse.")]
    [InlineData("availability-exceeded", "Accepter dépasserait les heures que vous donnez chaque mois : libérez des heures ou augmentez votre disponibilité dans votre profil.")]
    public async Task RefusedAccept_IsSaidNextToThatProposal_WhichStaysAsItWas(string code, string message)
    {
        await using var test = Inboxed((request, _) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/volunteers/me/proposals") => Json(Inbox),
            ("POST", $"/proposals/{OpenId}/accept") => Refused(code, "refused in English"),
            var other => throw new InvalidOperationException($"unexpected {other}"),
        });
        var page = test.Context.Render<Proposals>();
        page.WaitForElements("[data-testid=proposal]");

        await page.Find("[data-testid=accept]").ClickAsync(new());

        var open = page.WaitForElement($"[data-proposal='{OpenId}']");
        page.WaitForAssertion(() => open.QuerySelector("[data-testid=proposal-refusal]")!.TextContent.ShouldBe(message));
        open.QuerySelector("[data-testid=proposal-refusal]")!.GetAttribute("role").ShouldBe("alert");
        open.QuerySelector("[data-testid=proposal-status]")!.TextContent.ShouldBe("En attente de votre réponse");
        page.Find($"[data-proposal='{ConfirmedId}']").QuerySelector("[data-testid=proposal-refusal]").ShouldBeNull();
    }

    [Fact]
    public async Task MatchingDown_WhenAnswering_SaysSoNextToTheProposal_AndKeepsTheReasonChosen()
    {
        var down = false;
        await using var test = Inboxed((request, _) => down ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : Json(Inbox));
        var page = test.Context.Render<Proposals>();
        page.WaitForElements("[data-testid=proposal]");
        await page.Find($"#decline-reason-{OpenId}").ChangeAsync(new() { Value = "skills-mismatch" });
        down = true;

        await page.Find("[data-testid=decline]").ClickAsync(new());

        page.WaitForAssertion(() => page.Find("[data-testid=proposal-refusal]").TextContent
            .ShouldBe("Le service de mise en relation ne répond pas pour le moment. Réessayez dans quelques instants."));
        page.Find($"#decline-reason-{OpenId}").GetAttribute("value").ShouldBe("skills-mismatch");
    }

    [Fact]
    public async Task MatchingDown_TheInboxSaysSo()
    {
        await using var test = Inboxed((_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var page = test.Context.Render<Proposals>();

        page.WaitForAssertion(() => page.Find("[data-testid=service-unavailable]").TextContent
            .ShouldBe("Le service de mise en relation ne répond pas pour le moment. Réessayez dans quelques instants."));
    }

    [Fact]
    public async Task NeedsDown_TheProposalsStillShow_SayingTheTitleIsUnavailable()
    {
        await using var test = Inboxed((_, _) => Json(Inbox), needs: _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var page = test.Context.Render<Proposals>();

        var items = page.WaitForElements("[data-testid=proposal]");

        items[0].QuerySelector("[data-testid=proposal-need]")!.TextContent.ShouldBe("Titre indisponible (le service des besoins ne répond pas)");
        Reasons(items[0]).Length.ShouldBe(6);
    }

    /// <summary>Sentences matching wrote for demo+vol-1 after run.sh's seed, and the other forms of MatchExplanation.Sentences.</summary>
    [Theory]
    [InlineData("fr-FR", "admin.paheko missing", "Paheko (Garradin) : manquante")]
    [InlineData("fr-FR", "crm.membership-database level 3 (asked 3)", "Base adhérents : votre niveau 3 (avancé) couvre le niveau 3 (avancé) demandé")]
    [InlineData("fr-FR", "4 h/month free for about 7.2 h/month needed", "4 h libres par mois pour environ 7,2 h par mois demandées")]
    [InlineData("fr-FR", "Hybrid, 68 km away", "Hybride, à 68 km de chez vous")]
    [InlineData("fr-FR", "OnSite, no place given", "Sur place, lieu non précisé")]
    [InlineData("fr-FR", "no shared language", "Aucune langue en commun")]
    [InlineData("fr-FR", "works in fr", "Langues en commun : français")]
    [InlineData("en-GB", "Hybrid, 68 km away", "Hybrid, 68 km from you")]
    [InlineData("en-GB", "works in es, xx", "Shared languages: Spanish, xx")]
    [InlineData("fr-FR", "a sentence of a form the engine may write one day", "a sentence of a form the engine may write one day")]
    public async Task EachFormOfTheEnginesReasons_IsSaidInThePagesLanguage(string culture, string sentence, string expected)
    {
        await using var context = WebTestContext.Create(_ => new HttpResponseMessage(HttpStatusCode.NotFound), culture);
        var text = context.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

        ProposalReasons.InWords(sentence, text).ShouldBe(expected);
    }

    private static string[] Reasons(IElement proposal) =>
        [.. proposal.QuerySelectorAll("[data-testid=proposal-reasons] li").Select(li => li.TextContent.Trim())];

    private static string Plain(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Matching answered by <paramref name="matching"/>; the needs service knows the two needs' titles (unless told otherwise).</summary>
    private static OrganisationTestContext Inboxed(
        Func<HttpRequestMessage, string, HttpResponseMessage> matching, string culture = "fr-FR", Func<HttpRequestMessage, HttpResponseMessage>? needs = null)
    {
        var test = Create(matching, culture);
        needs ??= request => request.RequestUri!.AbsolutePath switch
        {
            $"/needs/{BackupsNeed}" => Json($$$"""{"id":"{{{BackupsNeed}}}","title":"Sauvegardes des postes","status":"Published"}"""),
            $"/needs/{WebsiteNeed}" => Json($$$"""{"id":"{{{WebsiteNeed}}}","title":"Refaire le site","status":"Staffed"}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
        test.Context.Services.AddSingleton(new NeedsClient(new HttpClient(new NeedsStub(needs)) { BaseAddress = new Uri("http://needs.test/") }));
        return test;
    }

    private sealed class NeedsStub(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(answer(request));
    }
}
