using System.Diagnostics;
using System.Net;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests.Features.PublishNeed;

public sealed class PublishNeedTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task VerifiedAssociation_PublishesAndTheRelayTellsTheOthersWithTheEventId()
    {
        var member = await alliance.AssociationAsync();
        var draft = await Alliance.DraftAsync(member);

        var response = await member.Client.PostAsync($"/needs/{draft.Id}/publish", null, TestContext.Current.CancellationToken);

        var published = await Alliance.Read<NeedDetails>(response);
        published.Status.ShouldBe(NeedStatus.Published);
        response.Headers.ETag!.Tag.ShouldBe("\"2\"");
        var message = await factory.Harness.Published
            .SelectAsync<Contracts.Needs.NeedPublished>(m => m.Context.Message.NeedId == draft.Id, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        message.Context.Message.Version.ShouldBe(2);
        message.Context.Message.AssociationId.ShouldBe(member.AssociationId);
        message.Context.Message.Terms.Budget.ShouldBe(480.50m);
        message.Context.Message.Terms.Departement.ShouldBe("75");
        (await Database.CountAsync(
            $"select count(*) from {factory.Schema}.mt_events where stream_id = '{draft.Id}' and id = '{message.Context.MessageId}'",
            TestContext.Current.CancellationToken)).ShouldBe(1, "MessageId is the stored event's id, so consumers can drop redeliveries");
        // Anyone may now read it.
        (await factory.CreateClient().GetAsync($"/needs/{draft.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task UnverifiedAssociation_CannotPublish()
    {
        var member = await alliance.AssociationAsync(verified: false);
        var draft = await Alliance.DraftAsync(member);

        var response = await member.Client.PostAsync($"/needs/{draft.Id}/publish", null, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("problems/association-not-verified");
        (await Alliance.Read<NeedDetails>(await member.Client.GetAsync($"/needs/{draft.Id}", TestContext.Current.CancellationToken)))
            .Status.ShouldBe(NeedStatus.Draft);
    }

    [Fact]
    public async Task RequestTrace_ContinuesIntoThePublishedMessage()
    {
        var member = await alliance.AssociationAsync();
        var draft = await Alliance.DraftAsync(member);
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/needs/{draft.Id}/publish");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        (await member.Client.SendAsync(request, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var message = await factory.Harness.Published
            .SelectAsync<Contracts.Needs.NeedPublished>(m => m.Context.Message.NeedId == draft.Id, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        string.Join(";", message.Context.Headers.GetAll().Select(h => $"{h.Key}={h.Value}")).ShouldContain(traceId);
    }

    [Fact]
    public async Task DraftEdit_StaysInsideButAPublishedEditIsAnnounced()
    {
        var member = await alliance.AssociationAsync();
        var draft = await Alliance.DraftAsync(member);
        var body = Alliance.NeedBody(member.AssociationId);
        body["title"] = "Titre revu";
        (await member.Client.PutAsync($"/needs/{draft.Id}", System.Net.Http.Json.JsonContent.Create(body), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await member.Client.PostAsync($"/needs/{draft.Id}/publish", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        body["title"] = "Titre revu après publication";
        (await member.Client.PutAsync($"/needs/{draft.Id}", System.Net.Http.Json.JsonContent.Create(body), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var updated = await factory.Harness.Published
            .SelectAsync<Contracts.Needs.NeedUpdated>(m => m.Context.Message.NeedId == draft.Id, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        updated.Context.Message.Title.ShouldBe("Titre revu après publication");
        updated.Context.Message.Version.ShouldBe(4);
        var published = await factory.Harness.Published
            .SelectAsync<Contracts.Needs.NeedPublished>(m => m.Context.Message.NeedId == draft.Id, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        published.Context.Message.Title.ShouldBe("Titre revu", "published as it stood, the draft's edit included");
    }
}
