using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetAssociation;
using ShareAlliance.Needs.Features.ListAssociationsToReview;

namespace ShareAlliance.Needs.Tests.Features.ReviewAssociation;

public sealed class ReviewAssociationTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task ReviewQueue_ShowsWaitingAssociationsWithTheRegistrysAnswer()
    {
        var member = await alliance.AssociationAsync(verified: false);

        var queue = await Alliance.Read<List<AssociationToReview>>(await alliance.Coordinator().GetAsync("/associations/review-queue", TestContext.Current.CancellationToken));

        var entry = queue.Where(q => q.Association.Id == member.AssociationId).ShouldHaveSingleItem();
        entry.RegistryEntries.ShouldHaveSingleItem().Name.ShouldBe("Les Amis du Numérique Solidaire");
    }

    [Fact]
    public async Task Coordinator_VerifiesThenSuspendsWithAReason()
    {
        var member = await alliance.AssociationAsync(verified: false);
        var coordinator = alliance.Coordinator();

        var verified = await Alliance.Read<AssociationDetails>(await coordinator.PostAsync($"/associations/{member.AssociationId}/verify", null, TestContext.Current.CancellationToken));
        var suspended = await Alliance.Read<AssociationDetails>(await coordinator.PostAsJsonAsync(
            $"/associations/{member.AssociationId}/suspend", new { reason = "Signalement en cours d'examen" }, TestContext.Current.CancellationToken));

        verified.Status.ShouldBe(AssociationStatus.Verified);
        suspended.Status.ShouldBe(AssociationStatus.Suspended);
        suspended.StatusReason.ShouldBe("Signalement en cours d'examen");
    }

    [Fact]
    public async Task RejectWithoutReason_Gets400()
    {
        var member = await alliance.AssociationAsync(verified: false);

        var response = await alliance.Coordinator().PostAsJsonAsync($"/associations/{member.AssociationId}/reject", new { }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"reason\"");
    }

    [Fact]
    public async Task RejectingAVerifiedAssociation_IsRefusedWith409()
    {
        var member = await alliance.AssociationAsync();

        var response = await alliance.Coordinator().PostAsJsonAsync(
            $"/associations/{member.AssociationId}/reject", new { reason = "Trop tard" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("problems/association-not-rejectable");
    }

    [Fact]
    public async Task AssociationMember_CannotVerifyItself()
    {
        var member = await alliance.AssociationAsync(verified: false);

        var response = await member.Client.PostAsync($"/associations/{member.AssociationId}/verify", null, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
