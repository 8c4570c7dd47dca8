using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.ListAssociationNeeds;
using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests.Features.ListAssociationNeeds;

public sealed class ListAssociationNeedsTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task Member_SeesEveryNeedOfTheAssociation_DraftsIncluded_NewestFirst_AndNoOneElses()
    {
        var member = await alliance.AssociationAsync();
        var published = await Alliance.PublishedAsync(member);
        var cancelled = await Alliance.DraftAsync(member, b => b["title"] = "Migrer la messagerie");
        (await member.Client.PostAsJsonAsync($"/needs/{cancelled.Id}/cancel", new { reason = "Fait en interne" }, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();
        var draft = await Alliance.DraftAsync(member, b => b["title"] = "Former les bénévoles au tableur");
        await Alliance.DraftAsync(await alliance.AssociationAsync(), b => b["title"] = "Le besoin d'une autre association");

        var needs = await List(member.Client, member.AssociationId);

        needs.Select(n => (n.Id, n.Status, n.Title)).ShouldBe(
        [
            (draft.Id, NeedStatus.Draft, "Former les bénévoles au tableur"),
            (cancelled.Id, NeedStatus.Cancelled, "Migrer la messagerie"),
            (published.Id, NeedStatus.Published, published.Title),
        ]);
        var first = needs[0];
        (first.Version, first.Category, first.Deadline, first.PublishedAt).ShouldBe((1L, "COMM", draft.Deadline, (DateTimeOffset?)null));
        needs[1].Version.ShouldBe(2);
        needs[2].PublishedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task ListAfterAnEdit_ShowsTheNewTitleAndVersion()
    {
        var member = await alliance.AssociationAsync();
        var draft = await Alliance.DraftAsync(member);
        var body = Alliance.NeedBody(member.AssociationId);
        body["title"] = "Un site plus simple";
        using var edit = new HttpRequestMessage(HttpMethod.Put, $"/needs/{draft.Id}") { Content = JsonContent.Create(body) };
        edit.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        (await member.Client.SendAsync(edit, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var need = (await List(member.Client, member.AssociationId)).ShouldHaveSingleItem();

        (need.Title, need.Version).ShouldBe(("Un site plus simple", 2L));
    }

    [Fact]
    public async Task Coordinator_SeesAnAssociationsDrafts()
    {
        var member = await alliance.AssociationAsync(verified: false);
        var draft = await Alliance.DraftAsync(member);

        (await List(alliance.Coordinator(), member.AssociationId)).ShouldHaveSingleItem().Id.ShouldBe(draft.Id);
    }

    [Fact]
    public async Task AnotherAssociationsMember_Gets403()
    {
        var member = await alliance.AssociationAsync();
        await Alliance.DraftAsync(member);
        var outsider = await alliance.AssociationAsync();

        var response = await outsider.Client.GetAsync($"/associations/{member.AssociationId}/needs", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain(Alliance.NeedBody(member.AssociationId)["title"]!.ToString()!);
    }

    [Fact]
    public async Task Volunteer_Gets403()
    {
        var member = await alliance.AssociationAsync();

        var response = await factory.CreateClientAs(TestUser.Volunteer()).GetAsync($"/associations/{member.AssociationId}/needs", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task UnknownAssociation_Gets404ForACoordinator_And403ForAMemberOfAnother()
    {
        var unknown = Guid.NewGuid();
        var outsider = await alliance.AssociationAsync();

        (await alliance.Coordinator().GetAsync($"/associations/{unknown}/needs", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.Client.GetAsync($"/associations/{unknown}/needs", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task SignedOut_Gets401()
    {
        var member = await alliance.AssociationAsync();

        (await factory.CreateClient().GetAsync($"/associations/{member.AssociationId}/needs", TestContext.Current.CancellationToken)).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<IReadOnlyList<AssociationNeed>> List(HttpClient client, Guid associationId) =>
        await Alliance.Read<List<AssociationNeed>>(await client.GetAsync($"/associations/{associationId}/needs", TestContext.Current.CancellationToken));
}
