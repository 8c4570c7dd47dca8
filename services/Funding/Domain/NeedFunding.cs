using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Funding.Domain;

/// <summary>
/// A need's funding account: its budget and what pledges hold of it, in all and per offer. One stream per need, so every
/// pledge to a need — from any funder, any offer — is decided against the same totals.
/// </summary>
public sealed record NeedFunding(Guid Id, decimal Budget, decimal Pledged, decimal Confirmed, IReadOnlyDictionary<Guid, decimal> ByOffer)
{
    public long Version { get; set; }

    public decimal Remaining => Totals.Remaining;

    public NeedFundingTotals Totals => new(Budget, Pledged, Confirmed);

    public static NeedFunding Empty(Guid needId, decimal budget) => new(needId, budget, 0m, 0m, new Dictionary<Guid, decimal>());

    /// <summary>The need's side of a pledge: within its remaining budget, and within what one offer may give one need.</summary>
    public NeedPledgeMade Pledge(Guid pledgeId, Guid offerId, decimal amount, decimal budget, decimal maximumPerNeed, DateTimeOffset now)
    {
        var fromOffer = ByOffer.GetValueOrDefault(offerId);
        if (fromOffer + amount > maximumPerNeed)
        {
            throw new RuleViolationException("over-maximum-per-need",
                $"The offer gives at most {maximumPerNeed:0.00} € to one need; it already holds {fromOffer:0.00} € for this one.");
        }

        var after = Totals with { Budget = budget, Pledged = Pledged + amount };
        return budget - Pledged - Confirmed < amount
            ? throw new RuleViolationException("over-need-budget", $"The need has {Math.Max(0m, budget - Pledged - Confirmed):0.00} € left to fund; {amount:0.00} € is more than that.")
            : new(Id, pledgeId, offerId, amount, after, now);
    }

    public NeedPledgeConfirmed Confirm(Guid pledgeId, Guid offerId, decimal amount, DateTimeOffset now) =>
        new(Id, pledgeId, offerId, amount, Totals with { Pledged = Pledged - amount, Confirmed = Confirmed + amount }, now);

    public NeedPledgeCancelled Cancel(Guid pledgeId, Guid offerId, decimal amount, DateTimeOffset now) =>
        new(Id, pledgeId, offerId, amount, Totals with { Pledged = Pledged - amount }, now);

    /// <summary>Null when the budget did not change.</summary>
    public NeedBudgetChanged? Rebudget(decimal budget, DateTimeOffset now) => budget == Budget ? null : new(Id, Totals with { Budget = budget }, now);

    public static NeedFunding Create(NeedPledgeMade e) => Empty(e.NeedId, e.Totals.Budget).Apply(e);

    public static NeedFunding Create(NeedBudgetChanged e) => Empty(e.NeedId, e.Totals.Budget);

    public NeedFunding Apply(NeedPledgeMade e) => With(e.Totals) with { ByOffer = Moved(e.OfferId, e.Amount) };

    public NeedFunding Apply(NeedPledgeConfirmed e) => With(e.Totals);

    public NeedFunding Apply(NeedPledgeCancelled e) => With(e.Totals) with { ByOffer = Moved(e.OfferId, -e.Amount) };

    public NeedFunding Apply(NeedBudgetChanged e) => With(e.Totals);

    public NeedFunding Next(object decided) => decided switch
    {
        NeedPledgeMade e => Apply(e),
        NeedPledgeConfirmed e => Apply(e),
        NeedPledgeCancelled e => Apply(e),
        NeedBudgetChanged e => Apply(e),
        _ => throw new ArgumentException($"{decided.GetType().Name} is not a change of a funding account.", nameof(decided)),
    };

    private NeedFunding With(NeedFundingTotals t) => this with { Budget = t.Budget, Pledged = t.Pledged, Confirmed = t.Confirmed };

    private Dictionary<Guid, decimal> Moved(Guid offerId, decimal delta)
    {
        var byOffer = new Dictionary<Guid, decimal>(ByOffer);
        var amount = byOffer.GetValueOrDefault(offerId) + delta;
        if (amount == 0)
        {
            byOffer.Remove(offerId);
        }
        else
        {
            byOffer[offerId] = amount;
        }

        return byOffer;
    }
}
