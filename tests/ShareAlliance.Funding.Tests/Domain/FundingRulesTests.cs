using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.ReadModel;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Funding.Tests.Domain;

/// <summary>The pure decisions, without a database: the figures a funder would see.</summary>
public sealed class FundingRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static FundingOffer Offer(decimal total = 1_000m, decimal maximum = 600m) => FundingOffer.Create(FundingOffer.Draft(
        Guid.NewGuid(), Guid.NewGuid(),
        new OfferTerms("Offre", "", total, maximum, ["COMM"], [], ["11"], [], ["75", "92"], [], new DateOnly(2027, 1, 31)), Guid.NewGuid(), Now));

    private static FundingOffer Opened(FundingOffer offer) => offer.Next(offer.Open(Guid.NewGuid(), Now));

    [Fact]
    public void OfferTakingItsLastEuro_IsExhausted_AndACancellationOpensItAgain()
    {
        var offer = Opened(Offer(total: 500m, maximum: 500m));
        var pledge = Guid.NewGuid();
        var need = Guid.NewGuid();

        var reserved = offer.Reserve(pledge, need, 500m, Now);
        var exhausted = offer.Next(reserved);
        var released = exhausted.Next(exhausted.Release(pledge, need, 500m, Now));

        (exhausted.Status, exhausted.Remaining).ShouldBe((OfferStatus.Exhausted, 0m));
        (released.Status, released.Remaining).ShouldBe((OfferStatus.Open, 500m));
        Should.Throw<RuleViolationException>(() => exhausted.Reserve(Guid.NewGuid(), need, 0.01m, Now)).Code.ShouldBe("offer-not-open");
    }

    [Fact]
    public void NeedAccount_RefusesMoreThanItsRemaining_AndCountsWhatEachOfferGave()
    {
        var account = NeedFunding.Empty(Guid.NewGuid(), 1_000m);
        var offer = Guid.NewGuid();
        var first = account.Next(account.Pledge(Guid.NewGuid(), offer, 600m, 1_000m, 700m, Now));

        Should.Throw<RuleViolationException>(() => first.Pledge(Guid.NewGuid(), offer, 100.01m, 1_000m, 700m, Now)).Code.ShouldBe("over-maximum-per-need");
        Should.Throw<RuleViolationException>(() => first.Pledge(Guid.NewGuid(), Guid.NewGuid(), 400.01m, 1_000m, 700m, Now)).Code.ShouldBe("over-need-budget");
        var full = first.Next(first.Pledge(Guid.NewGuid(), Guid.NewGuid(), 400m, 1_000m, 700m, Now));
        (full.Pledged, full.Remaining).ShouldBe((1_000m, 0m));
    }

    [Fact]
    public void LoweredBudget_LeavesNothingToFund_NeverANegativeGap()
    {
        var account = NeedFunding.Empty(Guid.NewGuid(), 1_000m);
        account = account.Next(account.Pledge(Guid.NewGuid(), Guid.NewGuid(), 800m, 1_000m, 1_000m, Now));

        var lowered = account.Next(account.Rebudget(500m, Now)!);

        (lowered.Budget, lowered.Pledged, lowered.Remaining).ShouldBe((500m, 800m, 0m));
        Should.Throw<RuleViolationException>(() => lowered.Pledge(Guid.NewGuid(), Guid.NewGuid(), 1m, 500m, 1_000m, Now)).Code.ShouldBe("over-need-budget");
    }

    [Fact]
    public void RemoteNeed_IsPlacedWhereItsAssociationSits()
    {
        var offer = Opened(Offer());
        var remote = new KnownNeed(Guid.NewGuid(), new NeedFacts(Guid.NewGuid(), "Site", "COMM", "OneOffMission", "Remote", null, new DateOnly(2027, 1, 1), 300m), 2, "Published", 2);

        offer.RefusalFor(remote, KnownAssociation.Unknown(Guid.NewGuid()).WithProfile("92", [])).ShouldBeNull();
        offer.RefusalFor(remote, KnownAssociation.Unknown(Guid.NewGuid()).WithProfile("13", []))!.Code.ShouldBe("place-not-eligible");
        offer.RefusalFor(remote, KnownAssociation.Unknown(Guid.NewGuid()))!.Code.ShouldBe("place-not-eligible", "where it sits is not known yet");
    }
}
