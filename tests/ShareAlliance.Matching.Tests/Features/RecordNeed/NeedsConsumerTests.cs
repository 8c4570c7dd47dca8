using System.Net;
using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.Testing;
using Contract = ShareAlliance.Contracts.Needs;

namespace ShareAlliance.Matching.Tests.Features.RecordNeed;

public sealed class NeedsConsumerTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private static readonly Contract.NeedTerms Terms = new("OneOffMission", "Remote", null, 20, new DateOnly(2027, 3, 1), "High", ["fr"], 250m, false);

    private static Contract.NeedPublished Published(Guid id, long version, string title) =>
        new(id, version, Guid.NewGuid(), title, "DATA", [new Contract.RequiredSkill("data.sql", 3)], Terms, DateTimeOffset.UtcNow);

    [Fact]
    public async Task PublishedNeed_BecomesKnownToMatching()
    {
        var id = Guid.NewGuid();

        await Deliver(Published(id, 2, "Tableau de bord des adhésions"), Guid.NewGuid());

        var response = await Coordinator().GetAsync($"/needs/{id}", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"2\"");
        var known = (await response.Content.ReadFromJsonAsync<KnownNeed>(TestContext.Current.CancellationToken))!;
        known.Status.ShouldBe("Published");
        known.Facts!.Title.ShouldBe("Tableau de bord des adhésions");
        known.Facts.RequiredSkills.ShouldHaveSingleItem().ShouldBe(new KnownSkill("data.sql", 3));
        known.Facts.Terms.Budget.ShouldBe(250m);
    }

    [Fact]
    public async Task OlderVersionArrivingLate_NeverOverwritesNewerState()
    {
        var id = Guid.NewGuid();
        var association = Guid.NewGuid();
        await Deliver(new Contract.NeedUpdated(id, 4, association, "Version 4", "DATA", [], Terms, DateTimeOffset.UtcNow), Guid.NewGuid());

        await Deliver(Published(id, 2, "Version 2"), Guid.NewGuid());

        var known = await Known(id);
        known.Facts!.Title.ShouldBe("Version 4");
        known.FactsVersion.ShouldBe(4);
        known.Status.ShouldBe("Published", "the publication's status still counts: no newer status was known");
    }

    [Fact]
    public async Task StatusChangeOvertakingThePublication_IsKeptAndTheFactsStillArrive()
    {
        var id = Guid.NewGuid();
        await Deliver(new Contract.NeedStatusChanged(id, 3, "Cancelled", "Plus besoin", DateTimeOffset.UtcNow), Guid.NewGuid());

        await Deliver(Published(id, 2, "Publié puis annulé"), Guid.NewGuid());

        var known = await Known(id);
        known.Status.ShouldBe("Cancelled");
        known.Facts!.Title.ShouldBe("Publié puis annulé");
        known.Version.ShouldBe(3);
    }

    [Fact]
    public async Task WhatMatchingKnows_IsForCoordinatorsOnly()
    {
        var id = Guid.NewGuid();
        await Deliver(Published(id, 2, "Connu"), Guid.NewGuid());

        var response = await factory.CreateClientAs(TestUser.AssociationMember(Guid.NewGuid())).GetAsync($"/needs/{id}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private HttpClient Coordinator() => factory.CreateClientAs(TestUser.Coordinator());

    private async Task Deliver<T>(T message, Guid messageId)
        where T : class
    {
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);
        await factory.Deliveries.WaitAsync(messageId, 1);
    }

    private async Task<KnownNeed> Known(Guid id) =>
        (await Coordinator().GetFromJsonAsync<KnownNeed>($"/needs/{id}", TestContext.Current.CancellationToken))!;
}
