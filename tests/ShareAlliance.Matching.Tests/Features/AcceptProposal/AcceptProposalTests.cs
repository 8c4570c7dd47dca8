using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Matching.Domain;

namespace ShareAlliance.Matching.Tests.Features.AcceptProposal;

public sealed class AcceptProposalTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    private static CancellationToken Ct => MatchingScenario.Ct;

    [Fact]
    public async Task Volunteer_AcceptsTheirProposal()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("web.drupal", 3));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("web.drupal", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);

        var response = await scenario.AsVolunteer(volunteer).PostAsync($"/proposals/{proposal.Id}/accept", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<Proposal>(Ct))!.Status.ShouldBe(ProposalStatus.Accepted);
        (await scenario.OnlyProposalAsync(volunteer, need.NeedId)).Status.ShouldBe(ProposalStatus.Accepted);
    }

    [Fact]
    public async Task AnotherVolunteer_CannotAcceptIt_NorLearnItExists()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("web.joomla", 3));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("web.joomla", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);

        var response = await scenario.AsVolunteer(Guid.NewGuid()).PostAsync($"/proposals/{proposal.Id}/accept", null, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scenario.OnlyProposalAsync(volunteer, need.NeedId)).Status.ShouldBe(ProposalStatus.Proposed);
    }

    [Fact]
    public async Task HoursBeyondAvailability_AreRefused_AndADeclineFreesThem()
    {
        // 10 h a month; each need asks about 60 h a month (60 h within 30 days), so each proposal holds all 10.
        var volunteer = await scenario.VolunteerAsync(10, ("web.ecommerce", 4));
        var first = await scenario.PublishAsync(Guid.NewGuid(), 60, 30, ("web.ecommerce", 3));
        var second = await scenario.PublishAsync(Guid.NewGuid(), 60, 30, ("web.ecommerce", 3));
        var (a, b) = (await scenario.OnlyProposalAsync(volunteer, first.NeedId), await scenario.OnlyProposalAsync(volunteer, second.NeedId));
        a.HoursPerMonth.ShouldBe(10);
        var client = scenario.AsVolunteer(volunteer);
        (await client.PostAsync($"/proposals/{a.Id}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await client.PostAsync($"/proposals/{b.Id}/accept", null, Ct);

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("problems/availability-exceeded");

        (await client.PostAsJsonAsync($"/proposals/{a.Id}/decline", new { reasonCode = "no-time" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsync($"/proposals/{b.Id}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
