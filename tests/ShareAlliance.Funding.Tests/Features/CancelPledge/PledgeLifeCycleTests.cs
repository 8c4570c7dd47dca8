using System.Net;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.Features.GetNeedFunding;

namespace ShareAlliance.Funding.Tests.Features.CancelPledge;

public sealed class PledgeLifeCycleTests(FundingFactory factory) : IClassFixture<FundingFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task CancelledPledge_FreesTheNeedAndTheOffer_AndAnExhaustedOfferOpensAgain()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder, o => { o["totalBudget"] = 400m; o["maximumPerNeed"] = 400m; });
        var need = await alliance.PublishedNeedAsync();
        var pledge = await Alliance.Read<Pledge>(await Alliance.PledgeAsync(funder, offer.Id, need, 400m));
        (await Offer(funder, offer.Id)).Status.ShouldBe(OfferStatus.Exhausted);

        var cancelled = await Alliance.Read<Pledge>(await funder.Client.PostAsync($"/pledges/{pledge.Id}/cancel", null, TestContext.Current.CancellationToken));

        cancelled.Status.ShouldBe(PledgeStatus.Cancelled);
        (await Funding(need)).ShouldBe(new NeedFundingDetails(need, 2, 1_000m, 0m, 0m, 1_000m));
        var reopened = await Offer(funder, offer.Id);
        (reopened.Status, reopened.Remaining).ShouldBe((OfferStatus.Open, 400m));
        await factory.Harness.Published
            .SelectAsync<Contracts.Funding.FundingOfferChanged>(m => m.Context.Message.OfferId == offer.Id && m.Context.Message.Status == "Exhausted", TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        await factory.Harness.Published
            .SelectAsync<Contracts.Funding.NeedFundingChanged>(m => m.Context.Message.NeedId == need && m.Context.Message.Version == 2 && m.Context.Message.Remaining == 1_000m, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task ConfirmedPledge_MovesFromPledgedToConfirmed_AndCannotBeCancelled()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync();
        var pledge = await Alliance.Read<Pledge>(await Alliance.PledgeAsync(funder, offer.Id, need, 300m));

        var confirmed = await Alliance.Read<Pledge>(await funder.Client.PostAsync($"/pledges/{pledge.Id}/confirm", null, TestContext.Current.CancellationToken));

        confirmed.Status.ShouldBe(PledgeStatus.Confirmed);
        (await Funding(need)).ShouldBe(new NeedFundingDetails(need, 2, 1_000m, 0m, 300m, 700m));
        (await Offer(funder, offer.Id)).Remaining.ShouldBe(9_700m);
        await Alliance.ShouldBeRefused(await funder.Client.PostAsync($"/pledges/{pledge.Id}/cancel", null, TestContext.Current.CancellationToken), 409, "pledge-not-pending");
    }

    [Fact]
    public async Task AnotherFundersPledge_CannotBeConfirmedCancelledOrRead()
    {
        var funder = await alliance.FunderAsync();
        var other = await alliance.FunderAsync("Autre fondation");
        var offer = await Alliance.OpenOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync();
        var pledge = await Alliance.Read<Pledge>(await Alliance.PledgeAsync(funder, offer.Id, need, 300m));

        (await other.Client.PostAsync($"/pledges/{pledge.Id}/confirm", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Client.PostAsync($"/pledges/{pledge.Id}/cancel", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Client.GetAsync($"/pledges/{pledge.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Funding(need)).Pledged.ShouldBe(300m);
    }

    private async Task<NeedFundingDetails> Funding(Guid need) =>
        await Alliance.Read<NeedFundingDetails>(await alliance.Coordinator().GetAsync($"/needs/{need}/funding", TestContext.Current.CancellationToken));

    private static async Task<FundingOffer> Offer(Alliance.FunderMember funder, Guid id) =>
        await Alliance.Read<FundingOffer>(await funder.Client.GetAsync($"/offers/{id}", TestContext.Current.CancellationToken));
}
