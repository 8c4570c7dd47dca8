using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.Testing;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Matching.Tests.Features.WithdrawProposals;

public sealed class ProposalWithdrawalTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    private static CancellationToken Ct => MatchingScenario.Ct;

    [Fact]
    public async Task CancelledNeed_WithdrawsItsOpenProposals_AndBothSidesAreTold()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("dev.rust", 4));
        var association = Guid.NewGuid();
        var need = await scenario.PublishAsync(association, 10, 90, ("dev.rust", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        (await scenario.AsVolunteer(volunteer).PostAsync($"/proposals/{proposal.Id}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ChangeStatus(need.NeedId, 3, "Cancelled");

        var withdrawn = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        withdrawn.Status.ShouldBe(ProposalStatus.Withdrawn);
        withdrawn.ReasonCode.ShouldBe("need-cancelled");
        var message = (await factory.Harness.Published.SelectAsync<Contract.MatchWithdrawn>(m => m.Context.Message.ProposalId == proposal.Id, Ct).FirstAsync(Ct)).Context.Message;
        message.AssociationId.ShouldBe(association);
        message.VolunteerId.ShouldBe(volunteer);
        message.ReasonCode.ShouldBe("need-cancelled");
        message.HoursFreed.ShouldBe(proposal.HoursPerMonth);
    }

    [Fact]
    public async Task ProposalsOfANeedNoLongerOpen_CannotBeAcceptedNorConfirmed()
    {
        var first = await scenario.VolunteerAsync(20, ("dev.go", 4));
        var second = await scenario.VolunteerAsync(20, ("dev.go", 4));
        var association = Guid.NewGuid();
        var need = await scenario.PublishAsync(association, 10, 90, ("dev.go", 3));
        var accepted = await scenario.OnlyProposalAsync(first, need.NeedId);
        var pending = await scenario.OnlyProposalAsync(second, need.NeedId);
        (await scenario.AsVolunteer(first).PostAsync($"/proposals/{accepted.Id}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ChangeStatus(need.NeedId, 3, "Expired");

        var accept = await scenario.AsVolunteer(second).PostAsync($"/proposals/{pending.Id}/accept", null, Ct);
        accept.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await accept.Content.ReadAsStringAsync(Ct)).ShouldContain("problems/need-not-open");
        var confirm = await scenario.AsAssociation(association).PostAsJsonAsync($"/proposals/{accepted.Id}/confirm", new { }, Ct);
        confirm.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await confirm.Content.ReadAsStringAsync(Ct)).ShouldContain("problems/need-not-open");
        (await scenario.OnlyProposalAsync(first, need.NeedId)).ReasonCode.ShouldBe("need-expired");
    }

    [Fact]
    public async Task CompletedNeed_EndsItsConfirmedMatch_AndTheHoursAreFreeForTheNextNeed()
    {
        // 10 h a month; the need asks 60 h within 30 days, so its confirmed match holds all 10 and nothing more is proposed.
        var volunteer = await scenario.VolunteerAsync(10, ("dev.php", 4));
        var association = Guid.NewGuid();
        var need = await scenario.PublishAsync(association, 60, 30, ("dev.php", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        (await scenario.AsVolunteer(volunteer).PostAsync($"/proposals/{proposal.Id}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scenario.AsAssociation(association).PostAsJsonAsync($"/proposals/{proposal.Id}/confirm", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var whileBusy = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("dev.php", 3));
        (await scenario.ProposalsOfAsync(volunteer)).ShouldNotContain(p => p.NeedId == whileBusy.NeedId, "no hours left");

        await ChangeStatus(need.NeedId, 5, "Completed");

        var ended = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        ended.Status.ShouldBe(ProposalStatus.Withdrawn);
        ended.ReasonCode.ShouldBe("need-completed");
        var next = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("dev.php", 3));
        (await scenario.OnlyProposalAsync(volunteer, next.NeedId)).Status.ShouldBe(ProposalStatus.Proposed);
    }

    [Fact]
    public async Task WithdrawnVolunteer_LosesTheirOpenProposals()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("dev.ruby", 4));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("dev.ruby", 3));

        await scenario.DeliverAsync(new Contracts.Volunteers.VolunteerWithdrawn(volunteer, 2, DateTimeOffset.UtcNow));

        var withdrawn = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        withdrawn.Status.ShouldBe(ProposalStatus.Withdrawn);
        withdrawn.ReasonCode.ShouldBe("volunteer-withdrawn");
        (await factory.Harness.Published.SelectAsync<Contract.MatchWithdrawn>(m => m.Context.Message.ProposalId == withdrawn.Id, Ct).FirstAsync(Ct))
            .Context.Message.ReasonCode.ShouldBe("volunteer-withdrawn");
    }

    [Fact]
    public async Task DeletedAccount_LosesItsOpenProposals_AndIsNeverProposedAgain()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("dev.java", 4));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("dev.java", 3));

        await scenario.DeliverAsync(new Contracts.Identity.UserDeleted(volunteer, DateTimeOffset.UtcNow));

        (await scenario.OnlyProposalAsync(volunteer, need.NeedId)).ReasonCode.ShouldBe("volunteer-deleted");
        var later = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("dev.java", 3));
        (await scenario.ProposalsOfAsync(volunteer)).ShouldNotContain(p => p.NeedId == later.NeedId);
        var known = await factory.CreateClientAs(TestUser.Coordinator()).GetFromJsonAsync<KnownVolunteer>($"/volunteers/{volunteer}", Ct);
        known!.Withdrawn.ShouldBeTrue();
    }

    private Task ChangeStatus(Guid needId, long version, string status) =>
        scenario.DeliverAsync(new Contracts.Needs.NeedStatusChanged(needId, version, status, null, DateTimeOffset.UtcNow));
}
