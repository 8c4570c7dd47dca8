using System.Net;
using ShareAlliance.Funding.Features.BrowseEligibleNeeds;
using ShareAlliance.Funding.Features.GetNeedFunding;

namespace ShareAlliance.Funding.Tests.Features.BrowseEligibleNeeds;

public sealed class BrowseEligibleNeedsTests(FundingFactory factory) : IClassFixture<FundingFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task Funder_SeesOnlyTheNeedsItsOfferMayFund_WithTheirGap_AndFilters()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder); // COMM or DATA, Île-de-France, up to 2,000 € per need
        var comm = await alliance.PublishedNeedAsync(terms: Alliance.Terms(budget: 1_000m, departement: "92"));
        var data = await alliance.PublishedNeedAsync(category: "DATA", terms: Alliance.Terms(budget: 300m));
        var security = await alliance.PublishedNeedAsync(category: "SECURITY");
        var lyon = await alliance.PublishedNeedAsync(terms: Alliance.Terms(departement: "69"));
        (await Alliance.PledgeAsync(funder, offer.Id, comm, 400m)).EnsureSuccessStatusCode();

        var all = await Browse(funder, offer.Id, "");
        var ids = all.Select(n => n.NeedId).ToList();
        ids.ShouldContain(comm);
        ids.ShouldContain(data);
        ids.ShouldNotContain(security);
        ids.ShouldNotContain(lyon);
        var pledged = all.Single(n => n.NeedId == comm);
        (pledged.Remaining, pledged.MaximumFromOffer).ShouldBe((600m, 600m));

        (await Browse(funder, offer.Id, "?category=DATA")).Select(n => n.NeedId).ShouldBe([data]);
        (await Browse(funder, offer.Id, "?departement=92")).Select(n => n.NeedId).ShouldBe([comm]);
        (await Browse(funder, offer.Id, "?minRemaining=500")).Select(n => n.NeedId).ShouldNotContain(data);
        (await Browse(funder, offer.Id, $"?deadlineBefore={Alliance.Date(DateTime.UtcNow.AddMonths(1))}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task BadFilter_IsRefusedNamingIt()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);

        var response = await funder.Client.GetAsync($"/offers/{offer.Id}/eligible-needs?category=NOPE", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"category\"");
    }

    [Fact]
    public async Task FundingOfSeveralNeeds_IsReadInOneCall()
    {
        var a = await alliance.PublishedNeedAsync(terms: Alliance.Terms(budget: 100m));
        var b = await alliance.PublishedNeedAsync(terms: Alliance.Terms(budget: 200m));

        var response = await alliance.Coordinator().GetAsync($"/needs/funding?ids={a},{b},{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        (await Alliance.Read<List<NeedFundingDetails>>(response)).Select(f => (f.NeedId, f.Remaining)).ShouldBe([(a, 100m), (b, 200m)]);
        (await alliance.Coordinator().GetAsync("/needs/funding?ids=nope", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<List<EligibleNeed>> Browse(Alliance.FunderMember funder, Guid offer, string filters) =>
        await Alliance.Read<List<EligibleNeed>>(await funder.Client.GetAsync($"/offers/{offer}/eligible-needs{filters}", TestContext.Current.CancellationToken));
}
