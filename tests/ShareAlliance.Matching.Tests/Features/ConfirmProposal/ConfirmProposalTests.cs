using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Matching.Domain;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Matching.Tests.Features.ConfirmProposal;

public sealed class ConfirmProposalTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    private static CancellationToken Ct => MatchingScenario.Ct;

    [Fact]
    public async Task TeamCoveringEverySkill_StaffsTheNeedOnce()
    {
        var sql = await scenario.VolunteerAsync(20, ("data.postgresql", 4));
        var bi = await scenario.VolunteerAsync(20, ("data.metabase", 4));
        var association = Guid.NewGuid();
        var need = await scenario.PublishAsync(association, 10, 90, ("data.postgresql", 3), ("data.metabase", 3));
        var first = await scenario.OnlyProposalAsync(sql, need.NeedId);
        var second = await scenario.OnlyProposalAsync(bi, need.NeedId);
        var members = scenario.AsAssociation(association);

        await AcceptAndConfirm(sql, first, members);
        await AcceptAndConfirm(bi, second, members);

        // Announced once, after the second confirmation: announced after the first, it would name that one alone.
        var staffed = await factory.Harness.Published.SelectAsync<Contract.NeedStaffed>(m => m.Context.Message.NeedId == need.NeedId, Ct).FirstAsync(Ct);
        staffed.Context.Message.ConfirmedProposals.ShouldBe([first.Id, second.Id], ignoreOrder: true);
        (await factory.Harness.Published.SelectAsync<Contract.MatchConfirmed>(m => m.Context.Message.ProposalId == first.Id, Ct).FirstAsync(Ct))
            .Context.Message.HoursPerMonth.ShouldBe(first.HoursPerMonth);
    }

    [Fact]
    public async Task ConfirmedHoursBeyondAvailability_AreRefused()
    {
        var volunteer = await scenario.VolunteerAsync(8, ("data.mysql", 4));
        var association = Guid.NewGuid();
        var need = await scenario.PublishAsync(association, 4, 90, ("data.mysql", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        (await scenario.AsVolunteer(volunteer).PostAsync($"/proposals/{proposal.Id}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await scenario.AsAssociation(association).PostAsJsonAsync($"/proposals/{proposal.Id}/confirm", new { hoursPerMonth = 9 }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("problems/availability-exceeded");
        (await scenario.OnlyProposalAsync(volunteer, need.NeedId)).Status.ShouldBe(ProposalStatus.Accepted);
    }

    [Fact]
    public async Task OnlyTheNeedsAssociation_Confirms()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("data.nosql", 4));
        var association = Guid.NewGuid();
        var need = await scenario.PublishAsync(association, 4, 90, ("data.nosql", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        (await scenario.AsVolunteer(volunteer).PostAsync($"/proposals/{proposal.Id}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await scenario.AsAssociation(Guid.NewGuid()).PostAsJsonAsync($"/proposals/{proposal.Id}/confirm", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scenario.AsVolunteer(volunteer).PostAsJsonAsync($"/proposals/{proposal.Id}/confirm", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var bad = await scenario.AsAssociation(association).PostAsJsonAsync($"/proposals/{proposal.Id}/confirm", new { hoursPerMonth = 0 }, Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("hoursPerMonth");
        (await scenario.OnlyProposalAsync(volunteer, need.NeedId)).Status.ShouldBe(ProposalStatus.Accepted);
    }

    private async Task AcceptAndConfirm(Guid volunteer, Proposal proposal, HttpClient association)
    {
        (await scenario.AsVolunteer(volunteer).PostAsync($"/proposals/{proposal.Id}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var confirmed = await association.PostAsJsonAsync($"/proposals/{proposal.Id}/confirm", new { }, Ct);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await confirmed.Content.ReadFromJsonAsync<Proposal>(Ct))!.Status.ShouldBe(ProposalStatus.Confirmed);
    }
}
