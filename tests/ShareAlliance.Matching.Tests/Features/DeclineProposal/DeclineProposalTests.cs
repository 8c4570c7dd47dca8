using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Matching.Domain;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Matching.Tests.Features.DeclineProposal;

public sealed class DeclineProposalTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    private static CancellationToken Ct => MatchingScenario.Ct;

    [Fact]
    public async Task Association_DeclinesWithAReasonCode_AndTheVolunteerIsTold()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("design.figma", 3));
        var association = Guid.NewGuid();
        var need = await scenario.PublishAsync(association, 10, 90, ("design.figma", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);

        var response = await scenario.AsAssociation(association).PostAsJsonAsync($"/proposals/{proposal.Id}/decline", new { reasonCode = "profile-mismatch" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var declined = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        declined.Status.ShouldBe(ProposalStatus.Declined);
        declined.DeclinedBy.ShouldBe(DeclinedBy.Association);
        var message = await factory.Harness.Published.SelectAsync<Contract.MatchDeclined>(m => m.Context.Message.ProposalId == proposal.Id, Ct).FirstAsync(Ct);
        message.Context.Message.DeclinedBy.ShouldBe("Association");
        message.Context.Message.ReasonCode.ShouldBe("profile-mismatch");
    }

    [Fact]
    public async Task UnknownReasonCode_IsRefused_NamingTheField()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("design.canva", 3));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("design.canva", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);

        var response = await scenario.AsVolunteer(volunteer).PostAsJsonAsync($"/proposals/{proposal.Id}/decline", new { reasonCode = "bof" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("reasonCode");
        (await scenario.OnlyProposalAsync(volunteer, need.NeedId)).Status.ShouldBe(ProposalStatus.Proposed);
    }

    [Fact]
    public async Task AnotherAssociation_CannotDeclineIt()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("design.ux", 3));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("design.ux", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);

        var response = await scenario.AsAssociation(Guid.NewGuid()).PostAsJsonAsync($"/proposals/{proposal.Id}/decline", new { reasonCode = "other" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
