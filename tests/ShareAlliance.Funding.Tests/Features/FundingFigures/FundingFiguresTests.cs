using System.Net;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.Features.FundingFigures;
using ShareAlliance.Funding.Features.GetNeedFunding;

namespace ShareAlliance.Funding.Tests.Features.FundingFigures;

/// <summary>The alliance's public money figures and a need's gap meter: anyone may read them, and they move with each pledge.</summary>
public sealed class FundingFiguresTests(FundingFactory factory) : IClassFixture<FundingFactory>
{
    private readonly Alliance alliance = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pledge_MovesTheTotalsTheCategoryTheRegionAndToday_ByItsAmount()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var before = await FiguresAsync();
        var need = await alliance.PublishedNeedAsync(category: "DATA", terms: Alliance.Terms(budget: 1_500m, departement: "92"));

        var published = await FiguresAsync();
        published.Total.ShouldBe(before.Total with { Needs = before.Total.Needs + 1, Budget = before.Total.Budget + 1_500m, Gap = before.Total.Gap + 1_500m });

        (await Alliance.PledgeAsync(funder, offer.Id, need, 1_234.56m)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var after = await FiguresAsync();
        after.Total.ShouldBe(published.Total with { Pledged = published.Total.Pledged + 1_234.56m, Gap = published.Total.Gap - 1_234.56m });
        Share(after.ByCategory, "DATA").Pledged.ShouldBe(Share(published.ByCategory, "DATA").Pledged + 1_234.56m);
        Share(after.ByRegion, "11").Pledged.ShouldBe(Share(published.ByRegion, "11").Pledged + 1_234.56m, "Hauts-de-Seine (92) is in Île-de-France (11)");
        Today(after).Pledged.ShouldBe(Today(before).Pledged + 1_234.56m);
        after.Days.Select(d => d.Day).ShouldBeInOrder();
    }

    [Fact]
    public async Task PledgeCoveringTheBudget_CountsTheNeedFunded_AndConfirmingMovesTheEurosToConfirmed()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync(terms: Alliance.Terms(budget: 800m));
        var before = await FiguresAsync();

        var pledge = await Alliance.Read<Pledge>(await Alliance.PledgeAsync(funder, offer.Id, need, 800m));
        var pledged = await FiguresAsync();
        pledged.Total.Funded.ShouldBe(before.Total.Funded + 1);

        (await funder.Client.PostAsync($"/pledges/{pledge.Id}/confirm", null, Ct)).EnsureSuccessStatusCode();

        var confirmed = await FiguresAsync();
        (confirmed.Total.Pledged, confirmed.Total.Confirmed).ShouldBe((pledged.Total.Pledged - 800m, pledged.Total.Confirmed + 800m));
        (Today(confirmed).Pledged, Today(confirmed).Confirmed).ShouldBe((Today(pledged).Pledged - 800m, Today(pledged).Confirmed + 800m));
    }

    [Fact]
    public async Task NeedsGapMeter_IsPublic_AndShowsWhatIsLeftToFund()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync(terms: Alliance.Terms(budget: 1_000m));
        (await Alliance.PledgeAsync(funder, offer.Id, need, 250m)).EnsureSuccessStatusCode();

        using var anonymous = factory.CreateClient();
        var funding = await Alliance.Read<NeedFundingDetails>(await anonymous.GetAsync($"/needs/{need}/funding", Ct));

        (funding.Budget, funding.Pledged, funding.Remaining).ShouldBe((1_000m, 250m, 750m));
        (await anonymous.GetAsync($"/needs/{Guid.NewGuid()}/funding", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/needs/funding?ids={need}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "only the one need's meter is public");
    }

    private async Task<FundingFiguresDetails> FiguresAsync()
    {
        using var anonymous = factory.CreateClient();
        return await Alliance.Read<FundingFiguresDetails>(await anonymous.GetAsync("/funding/figures", Ct));
    }

    private static FundingShare Share(IReadOnlyList<FundingShare> shares, string key) =>
        shares.FirstOrDefault(s => s.Key == key) ?? new FundingShare(key, 0, 0, 0m, 0m, 0m, 0m);

    private static FundingDay Today(FundingFiguresDetails figures) => figures.Days.Count > 0 ? figures.Days[^1] : new FundingDay(default, 0m, 0m);
}
