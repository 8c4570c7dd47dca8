namespace ShareAlliance.Funding.Domain;

// Stored events of a need's funding account (stream id = the need's id). Each carries the totals afterwards, so the
// relay publishes NeedFundingChanged without reading any state.

public sealed record NeedFundingTotals(decimal Budget, decimal Pledged, decimal Confirmed)
{
    /// <summary>What funders may still cover; never below zero, even when the association lowered its budget under what is pledged.</summary>
    public decimal Remaining => Math.Max(0m, Budget - Pledged - Confirmed);
}

public sealed record NeedPledgeMade(Guid NeedId, Guid PledgeId, Guid OfferId, decimal Amount, NeedFundingTotals Totals, DateTimeOffset MadeAt);

public sealed record NeedPledgeConfirmed(Guid NeedId, Guid PledgeId, Guid OfferId, decimal Amount, NeedFundingTotals Totals, DateTimeOffset ConfirmedAt);

public sealed record NeedPledgeCancelled(Guid NeedId, Guid PledgeId, Guid OfferId, decimal Amount, NeedFundingTotals Totals, DateTimeOffset CancelledAt);

/// <summary>The association changed the need's budget (NeedUpdated): the gap moved without any pledge.</summary>
public sealed record NeedBudgetChanged(Guid NeedId, NeedFundingTotals Totals, DateTimeOffset ChangedAt);
