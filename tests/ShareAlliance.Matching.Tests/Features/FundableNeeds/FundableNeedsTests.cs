using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Matching.Features.FundableNeeds;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Testing;
using Funding = ShareAlliance.Contracts.Funding;

namespace ShareAlliance.Matching.Tests.Features.FundableNeeds;

public sealed class FundableNeedsTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    private static CancellationToken Ct => MatchingScenario.Ct;

    [Fact]
    public async Task Funder_SeesTheNeedsTheirOfferMayFund_RankedByFit()
    {
        var funder = Guid.NewGuid();
        var offer = Guid.NewGuid();
        await scenario.DeliverAsync(new Funding.FundingOfferChanged(
            offer, 1, funder, "Fonds numérique", "Open", 10_000m, 2_000m, 10_000m, ["DATA"], [], [], [], DateOnly.FromDateTime(DateTime.UtcNow).AddDays(200), DateTimeOffset.UtcNow));
        var small = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("data.r", 3));
        var large = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("data.r", 3));
        var funded = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("data.r", 3));
        await Gap(small.NeedId, 1_000m);
        await Gap(large.NeedId, 5_000m);
        await Gap(funded.NeedId, 0m);

        var fundable = (await scenario.As(Funder(funder)).GetFromJsonAsync<List<FundableNeed>>($"/offers/{offer}/fundable-needs", Ct))!;

        fundable.Select(n => n.NeedId).ShouldBe([small.NeedId, large.NeedId], "the offer covers all of the small gap, 2 000 of the large one; no gap, nothing to fund");
        fundable[0].Fundable.ShouldBe(1_000m);
        fundable[1].Fundable.ShouldBe(2_000m);
    }

    [Fact]
    public async Task NeedWithABudgetAndNoPledgeYet_IsFundableForItsWholeBudget()
    {
        var funder = Guid.NewGuid();
        var offer = Guid.NewGuid();
        await scenario.DeliverAsync(new Funding.FundingOfferChanged(
            offer, 1, funder, "Fonds sécurité", "Open", 10_000m, 2_000m, 10_000m, ["SECURITY"], [], [], [], DateOnly.FromDateTime(DateTime.UtcNow).AddDays(200), DateTimeOffset.UtcNow));
        var need = MatchingScenario.Need(Guid.NewGuid(), 10, 90, ("security.backups", 2)) with { Category = "SECURITY" };
        need = need with { Terms = need.Terms with { Budget = 1_234.56m } };
        await scenario.DeliverAsync(need);

        var fundable = (await scenario.As(Funder(funder)).GetFromJsonAsync<List<FundableNeed>>($"/offers/{offer}/fundable-needs", Ct))!;

        var only = fundable.ShouldHaveSingleItem("funding has not reported on it yet: no pledge so far");
        (only.NeedId, only.Gap, only.Fundable).ShouldBe((need.NeedId, 1_234.56m, 1_234.56m));
    }

    [Fact]
    public async Task AnotherFunder_CannotSeeAnOffersFit()
    {
        var offer = Guid.NewGuid();
        await scenario.DeliverAsync(new Funding.FundingOfferChanged(
            offer, 1, Guid.NewGuid(), "Fonds", "Open", 1_000m, 500m, 1_000m, [], [], [], [], DateOnly.FromDateTime(DateTime.UtcNow).AddDays(200), DateTimeOffset.UtcNow));

        (await scenario.As(Funder(Guid.NewGuid())).GetAsync($"/offers/{offer}/fundable-needs", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scenario.As(TestUser.Coordinator()).GetAsync($"/offers/{offer}/fundable-needs", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scenario.As(TestUser.Coordinator()).GetAsync($"/offers/{Guid.NewGuid()}/fundable-needs", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static TestUser Funder(Guid funderId) => new(Guid.NewGuid(), [Roles.Funder], [OrganisationKinds.ClaimValue(OrganisationKinds.Funder, funderId)]);

    private Task Gap(Guid needId, decimal remaining) =>
        scenario.DeliverAsync(new Funding.NeedFundingChanged(needId, 1, Math.Max(remaining, 100m), 0m, Math.Max(0, 100m - remaining), remaining, DateTimeOffset.UtcNow));
}
