using ShareAlliance.Matching.Engine;

namespace ShareAlliance.Matching.Tests.Engine;

public sealed class FundingFitTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static OfferFacts Offer(decimal remaining = 5_000m, decimal perNeed = 1_000m, string[]? categories = null, string[]? departements = null) =>
        new(Guid.NewGuid(), true, remaining, perNeed, categories ?? [], [], departements ?? [], [], Today.AddDays(90));

    private static FundableNeedFacts Need(string category = "DATA", decimal gap = 800m, Urgency urgency = Urgency.Normal, string? departement = "75", int days = 60) =>
        new(Guid.NewGuid(), category, ["SOCIAL"], departement, "OneOffMission", gap, Today.AddDays(days), urgency);

    [Fact]
    public void OfferForData_RanksTheUrgentNeedItCanFullyFundFirst_AndLeavesOutIneligibleOnes()
    {
        var urgent = Need(urgency: Urgency.Critical, days: 20);
        var calm = Need(urgency: Urgency.Low, days: 150);
        var tooBig = Need(gap: 4_000m, urgency: Urgency.Critical, days: 20);
        var otherCategory = Need(category: "COMM", urgency: Urgency.Critical);
        var outsideRegion = Need(departement: "13");
        var remoteWithoutPlace = Need(departement: null);
        var offer = Offer(categories: ["DATA"], departements: ["75", "92"]);

        var ranked = FundingFit.NeedsFor(offer, [calm, tooBig, otherCategory, urgent, outsideRegion, remoteWithoutPlace], Today);

        // The calm need it can close outranks the critical one it can cover only a quarter of (40 points for the gap share).
        ranked.Select(m => m.NeedId).ShouldBe([urgent.Id, calm.Id, tooBig.Id]);
        ranked[0].Fundable.ShouldBe(800m);
        ranked[2].Fundable.ShouldBe(1_000m, "capped by the offer's maximum per need");
        ranked[2].GapCovered.ShouldBe(0.25f);
    }

    [Fact]
    public void NeedOffers_SkipClosedAndEmptyOnes_AndRankTheLargestContributionFirst()
    {
        var need = Need(gap: 2_000m);
        var large = Offer(perNeed: 2_000m);
        var small = Offer(perNeed: 500m);
        var closed = Offer() with { Open = false };
        var empty = Offer(remaining: 0m);

        FundingFit.OffersFor(need, [small, closed, large, empty], Today).Select(m => m.OfferId).ShouldBe([large.Id, small.Id]);
    }
}
