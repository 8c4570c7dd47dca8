using JasperFx.Events;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Messaging;
using Contract = ShareAlliance.Contracts.Funding;

namespace ShareAlliance.Funding.Integration;

/// <summary>Which stored events leave the service, and as which contract (ids and figures, never personal data).</summary>
public sealed class FundingRelay : IIntegrationEventMap
{
    public object? ToContract(IEvent stored) => stored.Data switch
    {
        FunderRegistered e => new Contract.FunderRegistered(e.FunderId, e.OwnerUserId, e.RegisteredAt),
        OfferOpened e => Offer(e.OfferId, stored, e.Snapshot, e.OpenedAt),
        OfferClosed e => Offer(e.OfferId, stored, e.Snapshot, e.ClosedAt),
        OfferFundsReserved e => Offer(e.OfferId, stored, e.Snapshot, e.ReservedAt),
        OfferFundsReleased e => Offer(e.OfferId, stored, e.Snapshot, e.ReleasedAt),
        NeedPledgeMade e => Funding(e.NeedId, stored, e.Totals, e.MadeAt),
        NeedPledgeConfirmed e => Funding(e.NeedId, stored, e.Totals, e.ConfirmedAt),
        NeedPledgeCancelled e => Funding(e.NeedId, stored, e.Totals, e.CancelledAt),
        NeedBudgetChanged e => Funding(e.NeedId, stored, e.Totals, e.ChangedAt),
        _ => null,
    };

    private static Contract.FundingOfferChanged Offer(Guid offerId, IEvent stored, OfferSnapshot s, DateTimeOffset at) => new(
        offerId, stored.Version, s.FunderId, s.Terms.Title, s.Status.ToString(), s.Terms.TotalBudget, s.Terms.MaximumPerNeed, s.Remaining,
        s.Terms.Categories, s.Terms.Causes, s.Terms.EligibleDepartements, s.Terms.Formats, s.Terms.Deadline, at);

    private static Contract.NeedFundingChanged Funding(Guid needId, IEvent stored, NeedFundingTotals t, DateTimeOffset at) =>
        new(needId, stored.Version, t.Budget, t.Pledged, t.Confirmed, t.Remaining, at);
}
