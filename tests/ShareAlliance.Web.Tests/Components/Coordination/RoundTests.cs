using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Web.Components.Pages.Coordination;
using static ShareAlliance.Web.Tests.Components.Coordination.CoordinatorContext;

namespace ShareAlliance.Web.Tests.Components.Coordination;

public sealed class RoundTests
{
    private static readonly Guid DryRoundId = Guid.Parse("0197a6b1-0000-7000-8000-000000000001");
    private static readonly Guid AppliedRoundId = Guid.Parse("0197a6b1-0000-7000-8000-000000000002");
    private const string Website = "aaaaaaaa-0000-4000-8000-000000000001";
    private const string Data = "bbbbbbbb-0000-4000-8000-000000000002";
    private const string Unplanned = "cccccccc-0000-4000-8000-000000000003";
    private const string Ana = "dddddddd-0000-4000-8000-000000000004";
    private const string Bo = "eeeeeeee-0000-4000-8000-000000000005";

    /// <summary>
    /// Three open needs, two volunteers. The website need is fully staffed by Ana; the data need gets Bo for SQL and Ana one
    /// level below for backups (18 h of 24); the third gets nothing. Greedy does worse: 24 h, value 4 against 5.5.
    /// </summary>
    private static string RoundJson(Guid id, bool dryRun, string proposals = "[]") => $$"""
        {"id":"{{id}}","version":1,"dryRun":{{(dryRun ? "true" : "false")}},"needs":3,"volunteers":2,"candidateArcs":6,
         "assignments":[{"volunteerId":"{{Ana}}","needId":"{{Website}}","skill":"web.wordpress","hours":12,"oneLevelBelow":false},
                        {"volunteerId":"{{Bo}}","needId":"{{Data}}","skill":"data.sql","hours":12,"oneLevelBelow":false},
                        {"volunteerId":"{{Ana}}","needId":"{{Data}}","skill":"security.backups","hours":6,"oneLevelBelow":true}],
         "outcomes":[{"needId":"{{Data}}","requiredHours":24,"assignedHours":18,"coverage":0.75,"fullyStaffed":false,"teamSize":2,"employers":2},
                     {"needId":"{{Website}}","requiredHours":12,"assignedHours":12,"coverage":1.0,"fullyStaffed":true,"teamSize":1,"employers":1},
                     {"needId":"{{Unplanned}}","requiredHours":10,"assignedHours":0,"coverage":0.0,"fullyStaffed":false,"teamSize":0,"employers":0}],
         "exact":{"coverage":0.5833333,"hoursAssigned":1230,"needsFullyStaffed":1,"value":5.5},
         "greedy":{"coverage":0.5,"hoursAssigned":24,"needsFullyStaffed":1,"value":4.0},
         "proposals":{{proposals}},"completedAt":"2026-11-24T13:05:00+00:00","gain":1.5,"greedyShare":0.7272727}
        """;

    private static HttpResponseMessage Needs(HttpRequestMessage request) => request.RequestUri!.AbsolutePath switch
    {
        $"/needs/{Website}" => Json($$"""{"id":"{{Website}}","title":"Refaire le site de l'association"}"""),
        $"/needs/{Data}" => Json($$"""{"id":"{{Data}}","title":"Tableau de bord des adhésions"}"""),
        _ => NotFound(),
    };

    /// <summary>The round's page once the needs' titles have arrived (read after the round, in parallel).</summary>
    private static IRenderedComponent<RoundPage> RenderWithTitles(BunitContext context, Guid id)
    {
        var page = context.Render<RoundPage>(p => p.Add(r => r.Id, id));
        page.WaitForAssertion(() => page.FindAll("[data-testid=planned-need] h3")[0].TextContent.Trim().ShouldBe("Refaire le site de l'association"));
        return page;
    }

    [Fact]
    public void DryRun_AsksMatchingForADryRoundOnce_AndOpensItsPlan()
    {
        var sent = new List<(string Body, string? Key)>();
        using var context = Create(matching: request =>
        {
            sent.Add((Body(request), request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null));
            return Json(RoundJson(DryRoundId, dryRun: true), HttpStatusCode.Created);
        });
        var page = context.Render<Rounds>();

        page.Find("[data-testid=dry-run]").Click();

        page.WaitForAssertion(() => context.Services.GetRequiredService<NavigationManager>().Uri.ShouldEndWith($"/coordination/rounds/{DryRoundId}"));
        sent.ShouldHaveSingleItem().Body.ShouldBe("""{"dryRun":true}""");
        sent[0].Key.ShouldNotBeNullOrEmpty("a retried click gets the same round, not another");
    }

    [Fact]
    public void MatchingDown_TheRoundsPageSaysSoAndNothingMoves()
    {
        using var context = Create(matching: _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var page = context.Render<Rounds>();

        page.Find("[data-testid=dry-run]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=service-unavailable]").TextContent.ShouldContain("Le service de mise en relation ne répond pas"));
        context.Services.GetRequiredService<NavigationManager>().Uri.ShouldNotContain("/coordination/rounds/");
    }

    [Fact]
    public void DryRunPlan_ShowsItsFiguresTheFrenchWay_TheGainInWords_AndEachNeedsTeam()
    {
        using var context = Create(needs: Needs, matching: _ => Json(RoundJson(DryRoundId, dryRun: true)));

        var page = RenderWithTitles(context, DryRoundId);

        page.Find("h1").TextContent.ShouldBe("Simulation d’un tour coordonné");
        page.Find("[data-testid=dry-run-notice]").TextContent.ShouldContain("rien n’a été proposé");
        Plain(page.Find("[data-testid=round-scope]").TextContent).ShouldBe("3 besoins ouverts, 2 bénévoles disponibles, calculé le 24/11/2026 14:05.");
        Plain(page.Find("[data-testid=round-coverage] strong").TextContent).ShouldBe("58,3 %");
        Plain(page.Find("[data-testid=round-hours] strong").TextContent).ShouldBe("1 230 h");
        page.Find("[data-testid=round-staffed] strong").TextContent.ShouldBe("1 sur 3");
        page.Find("[data-testid=round-value] strong").TextContent.ShouldBe("5,5");
        Plain(page.Find("[data-testid=round-gain]").TextContent).ShouldBe(
            "Le plan optimal vaut 5,5 points, contre 4,0 pour une répartition au premier venu (dite gloutonne : chaque heure va au meilleur candidat du moment, sans retour en arrière). Il gagne 1,5 points : la répartition gloutonne n’atteint que 72,7 % de l’optimum.");

        var needs = page.FindAll("[data-testid=planned-need]");
        needs.Select(n => n.QuerySelector("h3")!.TextContent.Trim()).ShouldBe(["Refaire le site de l'association", "Tableau de bord des adhésions"], "fully staffed first");
        Plain(needs[1].QuerySelector("[data-testid=need-outcome]")!.TextContent).ShouldStartWith("18 h attribuées sur 24 h demandées, couverture 75,0 %");
        needs[1].QuerySelector("[data-testid=need-outcome]")!.TextContent.ShouldContain("équipe de 2 entreprises");
        needs[0].QuerySelectorAll("[data-testid=team] li").Select(li => li.TextContent.Trim()).ShouldBe(["Bénévole 1 : WordPress (12 h)"]);
        needs[1].QuerySelectorAll("[data-testid=team] li").Select(li => li.TextContent.Trim())
            .ShouldBe(["Bénévole 2 : SQL (12 h)", "Bénévole 1 : Sauvegardes (6 h, un niveau sous le minimum demandé)"], ignoreOrder: true);
        page.Find("[data-testid=unplanned]").TextContent.ShouldBe("1 autres besoins ne reçoivent aucune heure dans ce plan.");
        page.Find("[data-testid=apply-round]").TextContent.Trim().ShouldBe("Appliquer ce plan");
    }

    [Fact]
    public void ApplyingThePlan_RunsARealRound_ThenShowsTheProposalsSent()
    {
        var bodies = new List<string>();
        using var context = Create(needs: Needs, matching: request =>
        {
            if (request.Method == HttpMethod.Post)
            {
                bodies.Add(Body(request));
                return Json(RoundJson(AppliedRoundId, dryRun: false, $"""["{Guid.NewGuid()}","{Guid.NewGuid()}","{Guid.NewGuid()}"]"""), HttpStatusCode.Created);
            }

            return Json(request.RequestUri!.AbsolutePath.EndsWith(AppliedRoundId.ToString(), StringComparison.Ordinal)
                ? RoundJson(AppliedRoundId, dryRun: false, $"""["{Guid.NewGuid()}","{Guid.NewGuid()}","{Guid.NewGuid()}"]""")
                : RoundJson(DryRoundId, dryRun: true));
        });
        var page = RenderWithTitles(context, DryRoundId);

        page.Find("[data-testid=apply-round]").Click();

        var navigation = context.Services.GetRequiredService<NavigationManager>();
        page.WaitForAssertion(() => navigation.Uri.ShouldEndWith($"/coordination/rounds/{AppliedRoundId}"));
        bodies.ShouldBe(["""{"dryRun":false}"""]);
        page.Render(p => p.Add(r => r.Id, AppliedRoundId));
        page.WaitForAssertion(() => page.Find("h1").TextContent.ShouldBe("Tour coordonné appliqué"));
        page.Find("[data-testid=applied-notice]").TextContent.Trim().ShouldBe("Plan appliqué : 3 propositions envoyées aux bénévoles.");
        page.FindAll("[data-testid=apply-round]").ShouldBeEmpty();
    }

    [Fact]
    public void MatchingDownWhenApplying_SaysNothingWasStarted_AndTheDryRunStaysOnScreen()
    {
        using var context = Create(needs: Needs, matching: request => request.Method == HttpMethod.Post
            ? throw new HttpRequestException("connection refused")
            : Json(RoundJson(DryRoundId, dryRun: true)));
        var page = RenderWithTitles(context, DryRoundId);

        page.Find("[data-testid=apply-round]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=service-unavailable]").TextContent.ShouldContain("Rien n’a été lancé"));
        page.Find("h1").TextContent.ShouldBe("Simulation d’un tour coordonné");
        page.FindAll("[data-testid=planned-need]").Count.ShouldBe(2);
    }

    [Fact]
    public void NeedsServiceDown_ThePlanStandsWithTheNeedsNumbered()
    {
        using var context = Create(needs: _ => throw new HttpRequestException("connection refused"), matching: _ => Json(RoundJson(DryRoundId, dryRun: true)));

        var page = context.Render<RoundPage>(p => p.Add(r => r.Id, DryRoundId));

        page.WaitForAssertion(() => page.FindAll("[data-testid=planned-need] h3").Select(h => h.TextContent.Trim()).ShouldBe(["Besoin n° aaaaaaaa", "Besoin n° bbbbbbbb"]));
        page.Find("[data-testid=round-value] strong").TextContent.ShouldBe("5,5");
    }

    [Fact]
    public void InEnglish_FiguresAndGainReadTheEnglishWay()
    {
        using var context = Create(needs: Needs, matching: _ => Json(RoundJson(DryRoundId, dryRun: true)), culture: "en-GB");

        var page = RenderWithTitles(context, DryRoundId);

        page.Find("h1").TextContent.ShouldBe("Dry run of a coordinated round");
        page.Find("[data-testid=round-coverage] strong").TextContent.ShouldBe("58.3%");
        page.Find("[data-testid=round-hours] strong").TextContent.ShouldBe("1,230 h");
        page.Find("[data-testid=round-staffed] strong").TextContent.ShouldBe("1 of 3");
        page.Find("[data-testid=round-gain]").TextContent.ShouldContain("It gains 1.5 points: the greedy share-out reaches only 72.7% of the optimum.");
    }

    [Fact]
    public void UnknownRound_SaysItDoesNotExist()
    {
        using var context = Create(matching: _ => NotFound());

        var page = context.Render<RoundPage>(p => p.Add(r => r.Id, Guid.NewGuid()));

        page.Find("h1").TextContent.ShouldBe("Page introuvable");
        page.Markup.ShouldContain("Ce tour n’existe pas.");
    }
}
