using System.Net;
using ShareAlliance.Funding.Domain;

namespace ShareAlliance.Funding.Tests.Features.GetPledge;

public sealed class ListFunderPledgesTests(FundingFactory factory) : IClassFixture<FundingFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task FundersPledges_AreListedNewestFirstWithTheirStatus_AndNoOtherFundersOnes()
    {
        var funder = await alliance.FunderAsync();
        var other = await alliance.FunderAsync("Autre fondation");
        var offer = await Alliance.OpenOfferAsync(funder);
        var othersOffer = await Alliance.OpenOfferAsync(other);
        var first = await Alliance.Read<Pledge>(await Alliance.PledgeAsync(funder, offer.Id, await alliance.PublishedNeedAsync(), 300m));
        var second = await Alliance.Read<Pledge>(await Alliance.PledgeAsync(funder, offer.Id, await alliance.PublishedNeedAsync(), 150.5m));
        await Alliance.Read<Pledge>(await Alliance.PledgeAsync(other, othersOffer.Id, await alliance.PublishedNeedAsync(), 100m));
        await Alliance.Read<Pledge>(await funder.Client.PostAsync($"/pledges/{first.Id}/confirm", null, TestContext.Current.CancellationToken));

        var pledges = await Alliance.Read<List<Pledge>>(await funder.Client.GetAsync($"/funders/{funder.FunderId}/pledges", TestContext.Current.CancellationToken));

        pledges.Select(p => (p.Id, p.Amount, p.Status)).ShouldBe([(second.Id, 150.5m, PledgeStatus.Pledged), (first.Id, 300m, PledgeStatus.Confirmed)]);
    }

    [Fact]
    public async Task AnotherFundersPledges_AreForbidden()
    {
        var funder = await alliance.FunderAsync();
        var other = await alliance.FunderAsync("Autre fondation");

        var response = await other.Client.GetAsync($"/funders/{funder.FunderId}/pledges", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
