using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassTransit.Testing;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests.Features.PublishNeed;

public sealed class PublishNeedTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    private static readonly Guid Association = Guid.NewGuid();
    private static readonly TestUser Member = TestUser.AssociationMember(Association);

    private static readonly object ValidNeed = new
    {
        associationId = Association,
        title = "Refaire le site de l'association",
        category = "COMM",
        requiredSkills = new[] { new { skill = "web.wordpress", minimumLevel = 2 }, new { skill = "design.ux", minimumLevel = 1 } },
    };

    [Fact]
    public async Task ValidNeed_IsCreatedReadableAndPublishedWithItsEventId()
    {
        var client = factory.CreateClientAs(Member);

        var response = await client.PostAsJsonAsync("/needs", ValidNeed, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var created = (await response.Content.ReadFromJsonAsync<NeedDetails>(TestContext.Current.CancellationToken))!;
        response.Headers.Location!.ToString().ShouldBe($"/needs/{created.Id}");
        created.Title.ShouldBe("Refaire le site de l'association");
        created.RequiredSkills.Select(s => (s.Skill, s.MinimumLevel)).ShouldBe([("web.wordpress", 2), ("design.ux", 1)]);

        var read = await client.GetFromJsonAsync<NeedDetails>($"/needs/{created.Id}", TestContext.Current.CancellationToken);
        read.ShouldBe(created with { RequiredSkills = read!.RequiredSkills });
        read.RequiredSkills.ShouldBe(created.RequiredSkills);

        (await factory.Harness.Published.Any<Contracts.Needs.NeedPublished>(m => m.Context.Message.NeedId == created.Id, TestContext.Current.CancellationToken))
            .ShouldBeTrue("the relay publishes NeedPublished");
        var published = await factory.Harness.Published
            .SelectAsync<Contracts.Needs.NeedPublished>(m => m.Context.Message.NeedId == created.Id, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        published.Context.Message.Version.ShouldBe(1);
        published.Context.Message.Category.ShouldBe("COMM");
        var eventId = await Database.CountAsync(
            $"select count(*) from {factory.Schema}.mt_events where stream_id = '{created.Id}' and id = '{published.Context.MessageId}'",
            TestContext.Current.CancellationToken);
        eventId.ShouldBe(1, "MessageId is the stored event's id, so consumers can drop redeliveries");
    }

    [Fact]
    public async Task RequestTrace_ContinuesIntoThePublishedMessage()
    {
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/needs") { Content = JsonContent.Create(ValidNeed) };
        request.Headers.Add("traceparent", $"00-{traceId}-{System.Diagnostics.ActivitySpanId.CreateRandom().ToHexString()}-01");

        var response = await factory.CreateClientAs(Member).SendAsync(request, TestContext.Current.CancellationToken);
        var created = (await response.Content.ReadFromJsonAsync<NeedDetails>(TestContext.Current.CancellationToken))!;

        (await factory.Harness.Published.Any<Contracts.Needs.NeedPublished>(m => m.Context.Message.NeedId == created.Id, TestContext.Current.CancellationToken))
            .ShouldBeTrue();
        var published = await factory.Harness.Published
            .SelectAsync<Contracts.Needs.NeedPublished>(m => m.Context.Message.NeedId == created.Id, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        var headers = published.Context.Headers.GetAll().ToDictionary(h => h.Key, h => h.Value?.ToString());
        string.Join(";", headers.Select(h => $"{h.Key}={h.Value}")).ShouldContain(traceId);
    }

    [Fact]
    public async Task SameKeyTwice_CreatesOneNeedAndAnswersTheSameBody()
    {
        var client = factory.CreateClientAs(Member);
        var key = Guid.NewGuid().ToString();

        var first = await PostWithKey(client, ValidNeed, key);
        var second = await PostWithKey(client, ValidNeed, key);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        var firstBody = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        (await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe(firstBody);
        var id = JsonDocument.Parse(firstBody).RootElement.GetProperty("id").GetGuid();
        (await Database.CountAsync($"select count(*) from {factory.Schema}.mt_streams where id = '{id}'", TestContext.Current.CancellationToken)).ShouldBe(1);
        (await Database.CountAsync(
            $"select count(*) from {factory.Schema}.mt_doc_idempotencyrecord where id like '%{key}'", TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task SameKeySentConcurrently_CreatesOneNeed()
    {
        var client = factory.CreateClientAs(Member);
        var key = Guid.NewGuid().ToString();
        var before = await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken);

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostWithKey(client, ValidNeed, key)));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        bodies.Distinct().ShouldHaveSingleItem();
        (await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken)).ShouldBe(before + 1);
    }

    [Fact]
    public async Task SameKeyWithAnotherBody_IsRefusedWith422()
    {
        var client = factory.CreateClientAs(Member);
        var key = Guid.NewGuid().ToString();
        (await PostWithKey(client, ValidNeed, key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var other = new { associationId = Association, title = "Autre chose", category = "DATA", requiredSkills = new[] { new { skill = "data.sql", minimumLevel = 3 } } };
        var response = await PostWithKey(client, other, key);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("idempotency-key-reused");
    }

    [Theory]
    [InlineData("""{"associationId":"00000000-0000-0000-0000-000000000000","title":"Site","category":"COMM","requiredSkills":[{"skill":"web.wordpress","minimumLevel":2}]}""", "associationId")]
    [InlineData("""{"associationId":"ASSOC","title":"","category":"COMM","requiredSkills":[{"skill":"web.wordpress","minimumLevel":2}]}""", "title")]
    [InlineData("""{"associationId":"ASSOC","category":"COMM","requiredSkills":[{"skill":"web.wordpress","minimumLevel":2}]}""", "title")]
    [InlineData("""{"associationId":"ASSOC","title":"Site","category":"PLUMBING","requiredSkills":[{"skill":"web.wordpress","minimumLevel":2}]}""", "category")]
    [InlineData("""{"associationId":"ASSOC","title":"Site","category":"COMM","requiredSkills":[]}""", "requiredSkills")]
    [InlineData("""{"associationId":"ASSOC","title":"Site","category":"COMM","requiredSkills":[{"skill":"web.wordpress","minimumLevel":5}]}""", "requiredSkills[0].minimumLevel")]
    [InlineData("""{"associationId":"ASSOC","title":"Site","category":"COMM","requiredSkills":[{"skill":"Not A Slug","minimumLevel":2}]}""", "requiredSkills[0].skill")]
    [InlineData("""{"associationId":"ASSOC","title":"Site","category":"COMM","requiredSkills":[{"skill":"web.wordpress","minimumLevel":"two"}]}""", "requiredSkills[0].minimumLevel")]
    [InlineData("""{"associationId":"ASSOC","title":"Site","category":12,"requiredSkills":[]}""", "category")]
    [InlineData("""{"associationId":"ASSOC","title":"Site","category":"COMM",""", "body")]
    public async Task BadInput_Gets400NamingTheFieldAndStoresNothing(string body, string field)
    {
        var client = factory.CreateClientAs(Member);
        var before = await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken);

        var response = await client.PostAsync("/needs",
            new StringContent(body.Replace("ASSOC", Association.ToString(), StringComparison.Ordinal), Encoding.UTF8, "application/json"),
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(field);
        problem.ToString().ShouldNotContain("   at ", customMessage: "no stack trace");
        (await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Fact]
    public async Task NoToken_Gets401AndStoresNothing()
    {
        var before = await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken);

        var response = await factory.CreateClient().PostAsJsonAsync("/needs", ValidNeed, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Fact]
    public async Task MemberOfAnotherAssociation_Gets403AndStoresNothing()
    {
        var before = await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken);
        var outsider = factory.CreateClientAs(TestUser.AssociationMember(Guid.NewGuid()));

        var response = await outsider.PostAsJsonAsync("/needs", ValidNeed, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("problems/forbidden");
        (await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Fact]
    public async Task VolunteerWithoutTheAssociationRole_Gets403()
    {
        var volunteer = factory.CreateClientAs(TestUser.Volunteer() with { Organisations = [$"association:{Association}"] });

        var response = await volunteer.PostAsJsonAsync("/needs", ValidNeed, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ServerOwnedFieldsInTheBody_AreIgnored()
    {
        var forged = Guid.NewGuid();
        var body = new
        {
            id = forged,
            version = 99,
            status = "Completed",
            publishedAt = "2020-01-01T00:00:00Z",
            associationId = Association,
            title = "Site",
            category = "COMM",
            requiredSkills = new[] { new { skill = "web.wordpress", minimumLevel = 2 } },
        };

        var response = await factory.CreateClientAs(Member).PostAsJsonAsync("/needs", body, TestContext.Current.CancellationToken);

        var created = (await response.Content.ReadFromJsonAsync<NeedDetails>(TestContext.Current.CancellationToken))!;
        created.Id.ShouldNotBe(forged);
        created.Version.ShouldBe(1);
        created.Status.ShouldBe(Domain.NeedStatus.Published);
        created.PublishedAt.Year.ShouldBeGreaterThan(2020);
    }

    private static Task<HttpResponseMessage> PostWithKey(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/needs") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
