using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Testing;

namespace ShareAlliance.Matching.Tests.Features.RunRound;

/// <summary>Matching with real-time proposals off, so the pairs of a round are not proposed already.</summary>
public sealed class RoundsOnlyMatchingFactory : ServiceFactory<Program>
{
    public RoundsOnlyMatchingFactory()
        : base("matching")
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Matching:Proposals:PerNeed", "0");
        builder.UseSetting("Matching:Proposals:PerVolunteer", "0");
    }
}

public sealed class RunRoundTests(RoundsOnlyMatchingFactory factory) : IClassFixture<RoundsOnlyMatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    private static CancellationToken Ct => MatchingScenario.Ct;

    [Fact]
    public async Task DryRun_ReportsThePlanAndItsFigures_AndProposesNothing()
    {
        var (sql, bi) = (await scenario.VolunteerAsync(20, ("data.sql", 4)), await scenario.VolunteerAsync(20, ("data.power-bi", 4)));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("data.sql", 3), ("data.power-bi", 3));
        var coordinator = scenario.As(TestUser.Coordinator());

        var response = await coordinator.PostAsJsonAsync("/rounds", new { dryRun = true }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var round = (await response.Content.ReadFromJsonAsync<Round>(Ct))!;
        round.DryRun.ShouldBeTrue();
        round.Proposals.ShouldBeEmpty();
        var outcome = round.Outcomes.Single(o => o.NeedId == need.NeedId);
        outcome.FullyStaffed.ShouldBeTrue("a team of two covers the two skills");
        outcome.TeamSize.ShouldBe(2);
        round.Assignments.Where(a => a.NeedId == need.NeedId).Select(a => a.VolunteerId).ShouldBe([sql, bi], ignoreOrder: true);
        round.Exact.Value.ShouldBeGreaterThanOrEqualTo(round.Greedy.Value);
        (await scenario.ProposalsOfAsync(sql)).ShouldBeEmpty();

        var again = (await coordinator.GetFromJsonAsync<Round>($"/rounds/{round.Id}", Ct))!;
        again.Exact.ShouldBe(round.Exact);
        again.Assignments.Count.ShouldBe(round.Assignments.Count);
    }

    [Fact]
    public async Task AppliedRound_ProposesItsPlan()
    {
        var (web, seo) = (await scenario.VolunteerAsync(20, ("web.wordpress", 4)), await scenario.VolunteerAsync(20, ("web.seo", 4)));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("web.wordpress", 3), ("web.seo", 3));
        (await scenario.ProposalsOfAsync(web)).ShouldBeEmpty("real-time proposals are off here");

        var response = await scenario.As(TestUser.Coordinator()).PostAsJsonAsync("/rounds", new { dryRun = false }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var round = (await response.Content.ReadFromJsonAsync<Round>(Ct))!;
        var proposal = await scenario.OnlyProposalAsync(web, need.NeedId);
        proposal.RoundId.ShouldBe(round.Id);
        (await scenario.OnlyProposalAsync(seo, need.NeedId)).RoundId.ShouldBe(round.Id);
        round.Proposals.ShouldContain(proposal.Id);
    }

    [Fact]
    public async Task OnlyCoordinators_RunRounds_AndDryRunMustBeSaid()
    {
        (await scenario.AsAssociation(Guid.NewGuid()).PostAsJsonAsync("/rounds", new { dryRun = true }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var bad = await scenario.As(TestUser.Coordinator()).PostAsJsonAsync("/rounds", new { }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("dryRun");
        (await scenario.As(TestUser.Coordinator()).GetAsync($"/rounds/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
