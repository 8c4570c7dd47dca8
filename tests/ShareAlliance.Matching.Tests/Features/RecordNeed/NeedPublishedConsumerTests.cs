using System.Net;
using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.Testing;

namespace ShareAlliance.Matching.Tests.Features.RecordNeed;

public sealed class NeedPublishedConsumerTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private static Contracts.Needs.NeedPublished Published(Guid id, long version, string title) =>
        new(id, version, Guid.NewGuid(), title, "DATA", [new Contracts.Needs.RequiredSkill("data.sql", 3)], DateTimeOffset.UtcNow);

    [Fact]
    public async Task PublishedNeed_BecomesKnownToMatching()
    {
        var id = Guid.NewGuid();

        await Deliver(Published(id, 1, "Tableau de bord des adhésions"), Guid.NewGuid());

        var response = await factory.CreateClientAs(TestUser.Coordinator()).GetAsync($"/needs/{id}", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var known = await response.Content.ReadFromJsonAsync<KnownNeed>(TestContext.Current.CancellationToken);
        known!.Title.ShouldBe("Tableau de bord des adhésions");
        known.RequiredSkills.ShouldHaveSingleItem().ShouldBe(new KnownSkill("data.sql", 3));
    }

    [Fact]
    public async Task RedeliveredMessageId_IsSkippedEvenIfItsContentDiffers()
    {
        var id = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        await Deliver(Published(id, 1, "Premier"), messageId);

        // Same MessageId, newer content: only the inbox can tell it is a redelivery.
        await Deliver(Published(id, 2, "Rejoué"), messageId);

        (await Known(id)).Title.ShouldBe("Premier");
        (await Database.CountAsync($"select count(*) from {factory.Schema}.mt_doc_idempotencyrecord where id like '%{messageId}'",
            TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    [Fact]
    public async Task OlderVersionArrivingLate_NeverOverwritesNewerState()
    {
        var id = Guid.NewGuid();
        await Deliver(Published(id, 3, "Version 3"), Guid.NewGuid());

        await Deliver(Published(id, 2, "Version 2"), Guid.NewGuid());

        var known = await Known(id);
        known.Version.ShouldBe(3);
        known.Title.ShouldBe("Version 3");
    }

    [Fact]
    public async Task WhatMatchingKnows_IsForCoordinatorsOnly()
    {
        var id = Guid.NewGuid();
        await Deliver(Published(id, 1, "Connu"), Guid.NewGuid());

        var response = await factory.CreateClientAs(TestUser.AssociationMember(Guid.NewGuid())).GetAsync($"/needs/{id}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, response.Headers.WwwAuthenticate.ToString());
    }

    private async Task Deliver(Contracts.Needs.NeedPublished message, Guid messageId)
    {
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);
        (await factory.Harness.Consumed.Any<Contracts.Needs.NeedPublished>(c => c.Context.MessageId == messageId,
            TestContext.Current.CancellationToken)).ShouldBeTrue("consumed (after its commit: the consumer awaits it)");
    }

    private async Task<KnownNeed> Known(Guid id) =>
        (await factory.CreateClientAs(TestUser.Coordinator()).GetFromJsonAsync<KnownNeed>($"/needs/{id}", TestContext.Current.CancellationToken))!;
}
