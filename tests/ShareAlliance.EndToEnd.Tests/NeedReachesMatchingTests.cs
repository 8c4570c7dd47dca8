using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ShareAlliance.Testing;

namespace ShareAlliance.EndToEnd.Tests;

[Collection(nameof(PlatformGroup))]
public sealed class NeedReachesMatchingTests(Platform platform)
{
    [Fact]
    public async Task NeedPostedToNeeds_ReachesMatching()
    {
        using var needs = platform.Needs.CreateClient();

        var id = await Platform.IdOf(await needs.PostAsJsonAsync("/needs", Platform.NewNeed("Sauvegardes des postes"), TestContext.Current.CancellationToken));

        var known = await platform.ArrivesInMatching(id, TimeSpan.FromSeconds(10));
        known.GetProperty("title").GetString().ShouldBe("Sauvegardes des postes");
        known.GetProperty("category").GetString().ShouldBe("SECURITY");
        known.GetProperty("version").GetInt64().ShouldBe(1);
    }

    [Fact]
    public async Task SamePostTwiceWithOneKey_CreatesOneNeedAndAnswersTheSameBody()
    {
        using var needs = platform.Needs.CreateClient();
        var key = Guid.NewGuid().ToString();
        var before = await Database.CountStreamsAsync(platform.NeedsSchema, TestContext.Current.CancellationToken);

        // Sent at the same time too: the database's key, not luck, keeps it to one need.
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => PostWithKey(needs, key)));
        var again = await PostWithKey(needs, key);

        answers.Append(again).ShouldAllBe(a => a.Status == HttpStatusCode.Created);
        answers.Append(again).Select(a => a.Body).Distinct().ShouldHaveSingleItem();
        (await Database.CountStreamsAsync(platform.NeedsSchema, TestContext.Current.CancellationToken)).ShouldBe(before + 1);
    }

    [Theory]
    [InlineData("<need>pas du JSON</need>", "body")]
    [InlineData("{\"category\":\"COMM\",\"requiredSkills\":[{\"skill\":\"web.wordpress\",\"minimumLevel\":2}]}", "title")]
    [InlineData("{\"title\":\"Site\",\"category\":\"GARDENING\",\"requiredSkills\":[{\"skill\":\"web.wordpress\",\"minimumLevel\":2}]}", "category")]
    public async Task BadInput_Gets400NamingTheFieldAndStoresNothing(string body, string field)
    {
        using var needs = platform.Needs.CreateClient();
        var before = await Database.CountStreamsAsync(platform.NeedsSchema, TestContext.Current.CancellationToken);

        var response = await needs.PostAsync("/needs", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        problem.GetProperty("type").GetString().ShouldBe("https://sharealliance.org/problems/validation");
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        (await Database.CountStreamsAsync(platform.NeedsSchema, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostWithKey(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/needs") { Content = JsonContent.Create(Platform.NewNeed("Charte d'usage de l'IA")) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
