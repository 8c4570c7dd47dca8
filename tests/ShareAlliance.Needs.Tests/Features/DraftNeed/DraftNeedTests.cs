using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests.Features.DraftNeed;

public sealed class DraftNeedTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task ValidDraft_IsStoredWithEveryField()
    {
        var member = await alliance.AssociationAsync();

        var response = await member.Client.PostAsJsonAsync("/needs", Alliance.NeedBody(member.AssociationId), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var draft = await Alliance.Read<NeedDetails>(response);
        draft.Status.ShouldBe(NeedStatus.Draft);
        draft.WorkMode.ShouldBe(WorkMode.Hybrid);
        draft.Place.ShouldBe(new NeedPlace("75", "Paris"));
        draft.Budget.ShouldBe(480.50m);
        draft.RequiredSkills.Select(s => s.Skill).ShouldBe(["web.wordpress", "design.ux"]);
        var read = await Alliance.Read<NeedDetails>(await member.Client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken));
        read.Title.ShouldBe(draft.Title);
    }

    [Fact]
    public async Task Draft_IsHiddenFromOthersButNotFromItsAssociation()
    {
        var member = await alliance.AssociationAsync();
        var draft = await Alliance.DraftAsync(member);

        (await factory.CreateClient().GetAsync($"/needs/{draft.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CreateClientAs(TestUser.AssociationMember(Guid.NewGuid())).GetAsync($"/needs/{draft.Id}", TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await member.Client.GetAsync($"/needs/{draft.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static TheoryData<string, string, string> BadFields() => new()
    {
        { "title", "\"\"", "title" },
        { "title", "null", "title" },
        { "title", JsonSerializer.Serialize(new string('x', 121)), "title" },
        { "description", JsonSerializer.Serialize(new string('x', 4001)), "description" },
        { "category", "\"GARDENING\"", "category" },
        { "category", "12", "category" },
        { "format", "\"Sometimes\"", "format" },
        { "format", "null", "format" },
        { "workMode", "null", "workMode" },
        { "place", "null", "place" },
        { "place", """{"departement":"99","city":"Nulle part"}""", "place.departement" },
        { "effortHours", "-5", "effortHours" },
        { "effortHours", "0", "effortHours" },
        { "effortHours", "2001", "effortHours" },
        { "effortHours", "\"thirty\"", "effortHours" },
        { "deadline", "\"2020-01-01\"", "deadline" },
        { "deadline", "\"not a date\"", "deadline" },
        { "urgency", "null", "urgency" },
        { "languages", """["french"]""", "languages[0]" },
        { "requiredSkills", "[]", "requiredSkills" },
        { "requiredSkills", """[{"skill":"web.cobol-on-mars","minimumLevel":2}]""", "requiredSkills[0].skill" },
        { "requiredSkills", """[{"skill":"web.wordpress","minimumLevel":0}]""", "requiredSkills[0].minimumLevel" },
        { "requiredSkills", """[{"skill":"web.wordpress","minimumLevel":5}]""", "requiredSkills[0].minimumLevel" },
        { "requiredSkills", """[{"skill":"web.wordpress","minimumLevel":2},{"skill":"web.wordpress","minimumLevel":3}]""", "requiredSkills" },
        { "budget", "12.345", "budget" },
        { "budget", "-1", "budget" },
        { "budget", "\"cher\"", "budget" },
        { "associationId", "\"00000000-0000-0000-0000-000000000000\"", "associationId" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task BadField_Gets400NamingItAndStoresNothing(string field, string json, string named)
    {
        var member = await alliance.AssociationAsync();
        var body = JsonSerializer.SerializeToNode(Alliance.NeedBody(member.AssociationId))!.AsObject();
        body[field] = JsonNode.Parse(json);
        if (field == "associationId")
        {
            member = member with { Client = factory.CreateClientAs(member.User with { Organisations = [.. member.User.Organisations, "association:00000000-0000-0000-0000-000000000000"] }) };
        }

        var before = await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken);
        var response = await member.Client.PostAsync("/needs", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(named, problem.ToString());
        problem.ToString().ShouldNotContain("   at ", customMessage: "no stack trace");
        (await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Theory]
    [InlineData("{}", "title")]
    [InlineData("{}", "requiredSkills")]
    [InlineData("""{"title":"Site","category":"COMM"}""", "requiredSkills")]
    [InlineData("""{"title":"Site","category":"COMM","requiredSkills":[null]}""", "requiredSkills[0]")]
    public async Task MissingFields_Get400NamingThem(string body, string named)
    {
        var member = await alliance.AssociationAsync();

        var response = await member.Client.PostAsync("/needs", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(named, problem.ToString());
    }

    [Fact]
    public async Task MalformedJson_Gets400NamingTheBody()
    {
        var member = await alliance.AssociationAsync();

        var response = await member.Client.PostAsync("/needs", new StringContent("<need/>", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"body\"");
    }

    [Fact]
    public async Task NoToken_Gets401()
    {
        var member = await alliance.AssociationAsync();

        var response = await factory.CreateClient().PostAsJsonAsync("/needs", Alliance.NeedBody(member.AssociationId), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MemberOfAnotherAssociation_Gets403AndStoresNothing()
    {
        var member = await alliance.AssociationAsync();
        var before = await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken);

        var response = await factory.CreateClientAs(TestUser.AssociationMember(Guid.NewGuid()))
            .PostAsJsonAsync("/needs", Alliance.NeedBody(member.AssociationId), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("problems/forbidden");
        (await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Fact]
    public async Task ServerOwnedFieldsInTheBody_AreIgnored()
    {
        var member = await alliance.AssociationAsync();
        var forged = Guid.NewGuid();

        var draft = await Alliance.DraftAsync(member, body =>
        {
            body["id"] = forged;
            body["version"] = 99;
            body["status"] = "Completed";
            body["publishedAt"] = "2020-01-01T00:00:00Z";
        });

        draft.Id.ShouldNotBe(forged);
        draft.Version.ShouldBe(1);
        draft.Status.ShouldBe(NeedStatus.Draft);
        draft.PublishedAt.ShouldBeNull();
    }

    [Fact]
    public async Task SameKeyTwice_CreatesOneDraftAndAnswersTheSameBody()
    {
        var member = await alliance.AssociationAsync();
        var key = Guid.NewGuid().ToString();
        var before = await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostWithKey(member, key)));
        var again = await PostWithKey(member, key);

        answers.Append(again).ShouldAllBe(a => a.Status == HttpStatusCode.Created);
        answers.Append(again).Select(a => a.Body).Distinct().ShouldHaveSingleItem();
        (await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken)).ShouldBe(before + 1);
    }

    [Fact]
    public async Task SameKeyFromAnotherUser_IsAnotherOperation()
    {
        var first = await alliance.AssociationAsync();
        var second = await alliance.AssociationAsync();
        var key = Guid.NewGuid().ToString();

        var a = await PostWithKey(first, key);
        var b = await PostWithKey(second, key);

        a.Status.ShouldBe(HttpStatusCode.Created);
        b.Status.ShouldBe(HttpStatusCode.Created, "never the first user's answer, never a 422 for someone else's key");
        JsonDocument.Parse(b.Body).RootElement.GetProperty("associationId").GetGuid().ShouldBe(second.AssociationId);
    }

    [Fact]
    public async Task SameKeyWithAnotherBody_IsRefusedWith422()
    {
        var member = await alliance.AssociationAsync();
        var key = Guid.NewGuid().ToString();
        (await PostWithKey(member, key)).Status.ShouldBe(HttpStatusCode.Created);

        var other = Alliance.NeedBody(member.AssociationId);
        other["title"] = "Autre chose";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/needs") { Content = JsonContent.Create(other) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await member.Client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("idempotency-key-reused");
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostWithKey(Alliance.Member member, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/needs") { Content = JsonContent.Create(Alliance.NeedBody(member.AssociationId)) };
        request.Headers.Add("Idempotency-Key", key);
        var response = await member.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
