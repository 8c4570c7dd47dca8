using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Needs.Features.GetNeed;

namespace ShareAlliance.Needs.Tests.Features.EditNeed;

public sealed class EditNeedTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task TwoEditsFromTheSameVersion_OneSucceedsTheOtherGets412()
    {
        var member = await alliance.AssociationAsync();
        var draft = await Alliance.DraftAsync(member);

        var first = await Edit(member, draft.Id, "\"1\"", "Première version");
        var second = await Edit(member, draft.Id, "\"1\"", "Seconde version");

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.ETag!.Tag.ShouldBe("\"2\"");
        second.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("problems/stale-version");
        (await Alliance.Read<NeedDetails>(await member.Client.GetAsync($"/needs/{draft.Id}", TestContext.Current.CancellationToken)))
            .Title.ShouldBe("Première version");
    }

    [Fact]
    public async Task ConcurrentEditsFromTheSameVersion_NeverBothWin()
    {
        var member = await alliance.AssociationAsync();
        var draft = await Alliance.DraftAsync(member);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Edit(member, draft.Id, "\"1\"", $"Version {i}")));

        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.OK).ShouldAllBe(a => a.StatusCode == HttpStatusCode.PreconditionFailed);
        (await Alliance.Read<NeedDetails>(await member.Client.GetAsync($"/needs/{draft.Id}", TestContext.Current.CancellationToken))).Version.ShouldBe(2);
    }

    [Fact]
    public async Task OtherAssociationsMember_Gets403AndNothingChanges()
    {
        var member = await alliance.AssociationAsync();
        var draft = await Alliance.DraftAsync(member);
        var outsider = await alliance.AssociationAsync();

        var response = await Edit(outsider, draft.Id, "\"1\"", "Détourné");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Alliance.Read<NeedDetails>(await member.Client.GetAsync($"/needs/{draft.Id}", TestContext.Current.CancellationToken)))
            .Title.ShouldBe(draft.Title);
    }

    [Fact]
    public async Task CancelledNeed_CannotBeEdited()
    {
        var member = await alliance.AssociationAsync();
        var draft = await Alliance.DraftAsync(member);
        (await member.Client.PostAsJsonAsync($"/needs/{draft.Id}/cancel", new { reason = "Projet abandonné" }, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();

        var response = await Edit(member, draft.Id, null, "Trop tard");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("problems/need-not-editable");
    }

    [Fact]
    public async Task UnknownNeed_Gets404()
    {
        var member = await alliance.AssociationAsync();

        (await Edit(member, Guid.NewGuid(), null, "Fantôme")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> Edit(Alliance.Member member, Guid needId, string? ifMatch, string title)
    {
        var body = Alliance.NeedBody(member.AssociationId);
        body["title"] = title;
        var request = new HttpRequestMessage(HttpMethod.Put, $"/needs/{needId}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return member.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
