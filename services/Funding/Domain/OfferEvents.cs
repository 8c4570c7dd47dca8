namespace ShareAlliance.Funding.Domain;

// Stored events of a funding offer: past tense, internal. Every public one carries the offer as it stands afterwards
// (Snapshot), so the relay can publish FundingOfferChanged without reading any state.

public sealed record OfferDrafted(Guid OfferId, Guid FunderId, OfferTerms Terms, Guid DraftedBy, DateTimeOffset DraftedAt);

public sealed record OfferOpened(Guid OfferId, OfferSnapshot Snapshot, Guid OpenedBy, DateTimeOffset OpenedAt);

public sealed record OfferClosed(Guid OfferId, OfferSnapshot Snapshot, Guid ClosedBy, DateTimeOffset ClosedAt);

/// <summary>A pledge took <see cref="Amount"/> from the offer; the snapshot says Exhausted when nothing is left.</summary>
public sealed record OfferFundsReserved(Guid OfferId, Guid PledgeId, Guid NeedId, decimal Amount, OfferSnapshot Snapshot, DateTimeOffset ReservedAt);

/// <summary>A cancelled pledge gave <see cref="Amount"/> back; an exhausted offer is open again.</summary>
public sealed record OfferFundsReleased(Guid OfferId, Guid PledgeId, Guid NeedId, decimal Amount, OfferSnapshot Snapshot, DateTimeOffset ReleasedAt);

/// <summary>The offer after a change: what FundingOfferChanged tells the other services.</summary>
public sealed record OfferSnapshot(Guid FunderId, OfferTerms Terms, OfferStatus Status, decimal Remaining);
