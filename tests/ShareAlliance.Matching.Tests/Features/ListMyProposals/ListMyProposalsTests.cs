using System.Net;
using ShareAlliance.Testing;

namespace ShareAlliance.Matching.Tests.Features.ListMyProposals;

public sealed class ListMyProposalsTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    [Fact]
    public async Task AVolunteer_SeesOnlyTheirOwnProposals()
    {
        var mine = await scenario.VolunteerAsync(20, ("ai.chatbots", 4));
        var theirs = await scenario.VolunteerAsync(20, ("ai.ocr", 4));
        var myNeed = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("ai.chatbots", 3));
        var theirNeed = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("ai.ocr", 3));

        var proposals = await scenario.ProposalsOfAsync(mine);

        proposals.ShouldHaveSingleItem().NeedId.ShouldBe(myNeed.NeedId);
        (await scenario.ProposalsOfAsync(theirs)).ShouldHaveSingleItem().NeedId.ShouldBe(theirNeed.NeedId);
    }

    [Fact]
    public async Task OnlyVolunteers_HaveProposals()
    {
        var response = await scenario.As(TestUser.AssociationMember(Guid.NewGuid())).GetAsync("/volunteers/me/proposals", MatchingScenario.Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
