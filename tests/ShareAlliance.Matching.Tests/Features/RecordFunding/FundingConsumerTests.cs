using System.Net;
using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.Testing;
using Contract = ShareAlliance.Contracts.Funding;

namespace ShareAlliance.Matching.Tests.Features.RecordFunding;

public sealed class FundingConsumerTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private static Contract.NeedFundingChanged Funding(Guid need, long version, decimal pledged) =>
        new(need, version, 1_000m, pledged, 0m, 1_000m - pledged, DateTimeOffset.UtcNow);

    private static Contract.FundingOfferChanged Offer(Guid offer, long version, string status, decimal remaining) =>
        new(offer, version, Guid.NewGuid(), "Outils numériques", status, 5_000m, 1_000m, remaining, ["COMM"], [], ["75", "92"], [], new DateOnly(2027, 6, 30), DateTimeOffset.UtcNow);

    [Fact]
    public async Task NeedFundingChanged_BecomesKnownToMatching()
    {
        var need = Guid.NewGuid();

        await Deliver(Funding(need, 1, 250.50m), Guid.NewGuid());

        var response = await Coordinator().GetAsync($"/needs/{need}/funding", TestContext.Current.CancellationToken);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var known = (await response.Content.ReadFromJsonAsync<KnownNeedFunding>(TestContext.Current.CancellationToken))!;
        (known.Budget, known.Pledged, known.Remaining).ShouldBe((1_000m, 250.50m, 749.50m));
    }

    [Fact]
    public async Task OlderFundingArrivingLate_NeverOverwritesNewer()
    {
        var need = Guid.NewGuid();
        await Deliver(Funding(need, 3, 600m), Guid.NewGuid());

        await Deliver(Funding(need, 2, 100m), Guid.NewGuid());

        (await Coordinator().GetFromJsonAsync<KnownNeedFunding>($"/needs/{need}/funding", TestContext.Current.CancellationToken))!
            .ShouldSatisfyAllConditions(k => k.Version.ShouldBe(3), k => k.Pledged.ShouldBe(600m));
    }

    [Fact]
    public async Task OfferChanges_KeepTheNewestVersion()
    {
        var offer = Guid.NewGuid();
        await Deliver(Offer(offer, 2, "Open", 5_000m), Guid.NewGuid());
        await Deliver(Offer(offer, 4, "Exhausted", 0m), Guid.NewGuid());
        await Deliver(Offer(offer, 3, "Open", 1_000m), Guid.NewGuid());

        var known = (await Coordinator().GetFromJsonAsync<KnownOffer>($"/offers/{offer}", TestContext.Current.CancellationToken))!;
        (known.Version, known.Status, known.Remaining).ShouldBe((4L, "Exhausted", 0m));
        known.Departements.ShouldBe(["75", "92"]);
    }

    [Fact]
    public async Task WhatMatchingKnowsOfFunding_IsForCoordinatorsOnly()
    {
        var need = Guid.NewGuid();
        await Deliver(Funding(need, 1, 10m), Guid.NewGuid());

        var funder = new TestUser(Guid.NewGuid(), [ServiceDefaults.Security.Roles.Funder], []);
        (await factory.CreateClientAs(funder).GetAsync($"/needs/{need}/funding", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private HttpClient Coordinator() => factory.CreateClientAs(TestUser.Coordinator());

    private async Task Deliver<T>(T message, Guid messageId)
        where T : class
    {
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);
        await factory.Deliveries.WaitAsync(messageId, 1);
    }
}
