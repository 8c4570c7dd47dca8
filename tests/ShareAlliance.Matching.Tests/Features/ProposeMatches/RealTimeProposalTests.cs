using ShareAlliance.Matching.Domain;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Matching.Tests.Features.ProposeMatches;

public sealed class RealTimeProposalTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    private static CancellationToken Ct => MatchingScenario.Ct;

    [Fact]
    public async Task PublishedNeed_IsProposedToTheObviousBestVolunteer_WithReasons()
    {
        var expert = await scenario.VolunteerAsync(20, ("data.sql", 4), ("data.dashboards", 3));
        var beginner = await scenario.VolunteerAsync(20, ("data.sql", 1));
        var outsider = await scenario.VolunteerAsync(20, ("web.wordpress", 4));

        var need = await scenario.PublishAsync(Guid.NewGuid(), 20, 90, ("data.sql", 3), ("data.dashboards", 3));

        var proposal = await scenario.OnlyProposalAsync(expert, need.NeedId);
        proposal.Status.ShouldBe(ProposalStatus.Proposed);
        proposal.Reasons.ShouldContain("covers 2 of 2 required skills");
        proposal.Reasons.ShouldContain("data.sql level 4 (asked 3)");
        proposal.CoveredSkills.ShouldBe(["data.sql", "data.dashboards"], ignoreOrder: true);
        (proposal.ExpiresAt - proposal.ProposedAt).ShouldBe(TimeSpan.FromDays(7));
        (await scenario.ProposalsOfAsync(outsider)).ShouldBeEmpty("holding none of the required skills rules a volunteer out");
        (await scenario.ProposalsOfAsync(beginner)).ShouldBeEmpty("two levels below the minimum counts nothing");

        var published = await factory.Harness.Published.SelectAsync<Contract.MatchProposed>(m => m.Context.Message.ProposalId == proposal.Id, Ct).FirstAsync(Ct);
        published.Context.Message.VolunteerId.ShouldBe(expert);
        published.Context.Message.AssociationId.ShouldBe(need.AssociationId);
        published.Context.Message.Reasons.ShouldContain("covers 2 of 2 required skills");
    }

    [Fact]
    public async Task SameNeedVersionDeliveredTwice_ProposesOnce()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("data.python-data", 3));
        var need = MatchingScenario.Need(Guid.NewGuid(), 20, 90, ("data.python-data", 3));

        await scenario.DeliverAsync(need);
        await scenario.DeliverAsync(need, Guid.NewGuid());
        await scenario.DeliverAsync(new Contracts.Needs.NeedUpdated(
            need.NeedId, 2, need.AssociationId, need.Title, need.Category, need.RequiredSkills, need.Terms, DateTimeOffset.UtcNow));

        (await scenario.ProposalsOfAsync(volunteer)).Count(p => p.NeedId == need.NeedId).ShouldBe(1);
    }

    [Fact]
    public async Task VolunteerNeverReceivesMoreThanTwoNewProposalsAWeek()
    {
        var volunteer = await scenario.VolunteerAsync(40, ("security.gdpr", 4));

        for (var i = 0; i < 4; i++)
        {
            await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("security.gdpr", 3));
        }

        (await scenario.ProposalsOfAsync(volunteer)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task NeedsPublishedAllAtOnce_StillGiveAVolunteerTwoProposalsAtMost()
    {
        var volunteer = await scenario.VolunteerAsync(40, ("security.mfa", 4));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("security.mfa", 3))));

        (await scenario.ProposalsOfAsync(volunteer)).Count.ShouldBe(2, "concurrent deciders queue behind the volunteer's lock");
    }

    [Fact]
    public async Task NewProfile_IsProposedTheNeedsThatFitIt()
    {
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("ai.prompting", 2));
        var volunteer = Guid.NewGuid();

        await scenario.ProfileAsync(volunteer, 1, 15, ("ai.prompting", 3));

        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        proposal.Reasons.ShouldContain("covers 1 of 1 required skills");
    }

    [Fact]
    public async Task PausedVolunteer_IsNeverProposed()
    {
        var volunteer = Guid.NewGuid();
        await scenario.DeliverAsync(new Contracts.Volunteers.VolunteerProfileUpdated(
            volunteer, 1, [new Contracts.Volunteers.SkillLevel("crm.civicrm", 4)], 20, null, null, "Remote", null, null, ["fr"], [], [],
            AcceptsSensitiveNeeds: true, Verified: true, Paused: true, DateTimeOffset.UtcNow));

        await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("crm.civicrm", 2));

        (await scenario.ProposalsOfAsync(volunteer)).ShouldBeEmpty();
    }
}
