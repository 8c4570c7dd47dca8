using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Funding.Features.GetNeedFunding;
using ShareAlliance.Funding.ReadModel;
using Contract = ShareAlliance.Contracts.Needs;

namespace ShareAlliance.Funding.Tests.Features.RecordNeed;

public sealed class NeedsConsumerTests(FundingFactory factory) : IClassFixture<FundingFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task OlderVersionArrivingLate_NeverOverwritesNewerFacts()
    {
        var need = Guid.NewGuid();
        var association = await alliance.AssociationAsync();
        await alliance.DeliverAsync(new Contract.NeedUpdated(need, 4, association, "Version 4", "DATA", [], Alliance.Terms(budget: 800m), DateTimeOffset.UtcNow));

        await alliance.DeliverAsync(new Contract.NeedPublished(need, 2, association, "Version 2", "COMM", [], Alliance.Terms(budget: 100m), DateTimeOffset.UtcNow));

        (await Funding(need)).Budget.ShouldBe(800m);
        await using var session = factory.Services.GetRequiredService<Marten.IDocumentStore>().QuerySession();
        var known = (await session.LoadAsync<KnownNeed>(need, TestContext.Current.CancellationToken))!;
        (known.Facts!.Title, known.Status).ShouldBe(("Version 4", "Published"));
    }

    [Fact]
    public async Task SameVersionAnnouncedTwice_IsAppliedOnce()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var association = await alliance.AssociationAsync();
        var need = await alliance.PublishedNeedAsync(association);
        (await Alliance.PledgeAsync(funder, offer.Id, need, 100m)).EnsureSuccessStatusCode();
        var update = new Contract.NeedUpdated(need, 3, association, "Budget revu", "COMM", [], Alliance.Terms(budget: 600m), DateTimeOffset.UtcNow);

        // Two messages with the same version (a same-id redelivery is the inbox's job, tested over the real broker): the version check.
        await alliance.DeliverAsync(update);
        await alliance.DeliverAsync(update);

        (await Funding(need)).ShouldBe(new NeedFundingDetails(need, 2, 600m, 100m, 0m, 500m), "the new budget moved the gap, once");
        await factory.Harness.Published
            .SelectAsync<Contracts.Funding.NeedFundingChanged>(m => m.Context.Message.NeedId == need && m.Context.Message.Budget == 600m, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
    }

    private async Task<NeedFundingDetails> Funding(Guid need) =>
        await Alliance.Read<NeedFundingDetails>(await alliance.Coordinator().GetAsync($"/needs/{need}/funding", TestContext.Current.CancellationToken));
}
