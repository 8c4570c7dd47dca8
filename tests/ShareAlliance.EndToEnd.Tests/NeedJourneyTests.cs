using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ShareAlliance.Testing;

namespace ShareAlliance.EndToEnd.Tests;

/// <summary>An association's journey across identity, needs and matching, through the real broker.</summary>
[Collection(nameof(PlatformGroup))]
public sealed class NeedJourneyTests(Platform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishedNeed_ReachesMatchingAndEveryLaterChangeFollows()
    {
        var (associationId, member) = await platform.VerifiedAssociationAsync();
        var id = await Platform.IdOf(await member.PostAsJsonAsync("/needs", Platform.NeedBody(associationId, "Sauvegardes des postes"), Ct));
        (await platform.KnownToMatching(id)).ShouldBeNull("a draft stays inside the needs service");

        (await member.PostAsync($"/needs/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        var known = await platform.ArrivesInMatching(id, TimeSpan.FromSeconds(10));
        known.GetProperty("status").GetString().ShouldBe("Published");
        known.GetProperty("facts").GetProperty("title").GetString().ShouldBe("Sauvegardes des postes");
        known.GetProperty("facts").GetProperty("terms").GetProperty("budget").GetDecimal().ShouldBe(120m);

        var edit = JsonSerializer.SerializeToNode(Platform.NeedBody(associationId, "Sauvegardes des postes et du serveur"))!;
        (await member.PutAsJsonAsync($"/needs/{id}", edit, Ct)).EnsureSuccessStatusCode();
        await platform.ArrivesInMatching(id, TimeSpan.FromSeconds(10), k => k.GetProperty("facts").GetProperty("title").GetString() == "Sauvegardes des postes et du serveur");

        (await member.PostAsJsonAsync($"/needs/{id}/cancel", new { reason = "Un bénévole de l'équipe s'en charge" }, Ct)).EnsureSuccessStatusCode();
        var cancelled = await platform.ArrivesInMatching(id, TimeSpan.FromSeconds(10), k => k.GetProperty("status").GetString() == "Cancelled");
        cancelled.GetProperty("version").GetInt64().ShouldBe(4);
    }

    [Fact]
    public async Task SamePostTwiceWithOneKey_CreatesOneNeedAndAnswersTheSameBody()
    {
        var (associationId, member) = await platform.VerifiedAssociationAsync();
        var key = Guid.NewGuid().ToString();
        var before = await Database.CountStreamsAsync(platform.NeedsSchema, Ct);

        // Sent at the same time too: the database's key, not luck, keeps it to one need.
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostWithKey(member, associationId, key)));
        var again = await PostWithKey(member, associationId, key);

        answers.Append(again).ShouldAllBe(a => a.Status == HttpStatusCode.Created);
        answers.Append(again).Select(a => a.Body).Distinct().ShouldHaveSingleItem();
        (await Database.CountStreamsAsync(platform.NeedsSchema, Ct)).ShouldBe(before + 1);
    }

    [Theory]
    [InlineData("<need>pas du JSON</need>", "body")]
    [InlineData("{\"category\":\"COMM\"}", "title")]
    [InlineData("{\"title\":\"Site\",\"category\":\"GARDENING\"}", "category")]
    public async Task BadInput_Gets400NamingTheFieldAndStoresNothing(string body, string field)
    {
        var (_, member) = await platform.VerifiedAssociationAsync();
        var before = await Database.CountStreamsAsync(platform.NeedsSchema, Ct);

        var response = await member.PostAsync("/needs", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        problem.GetProperty("type").GetString().ShouldBe("https://sharealliance.org/problems/validation");
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        (await Database.CountStreamsAsync(platform.NeedsSchema, Ct)).ShouldBe(before);
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostWithKey(HttpClient member, Guid associationId, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/needs") { Content = JsonContent.Create(Platform.NeedBody(associationId, "Charte d'usage de l'IA")) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await member.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
