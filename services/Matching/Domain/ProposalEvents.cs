namespace ShareAlliance.Matching.Domain;

// Stored events, past tense, internal to the service; MatchingRelay turns them into Contracts.Matching.* messages.

/// <summary>Carries everything the proposal shows, so the relay tells the volunteer without reading any state.</summary>
public sealed record ProposalMade(
    Guid ProposalId,
    Guid NeedId,
    long NeedVersion,
    Guid AssociationId,
    Guid VolunteerId,
    float Score,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> CoveredSkills,
    int HoursPerMonth,
    DateTimeOffset ProposedAt,
    DateTimeOffset ExpiresAt,
    Guid? RoundId);

/// <summary><see cref="AssociationId"/>: absent from events stored before it was added (the relay then sends none).</summary>
public sealed record ProposalAccepted(Guid ProposalId, Guid NeedId, Guid VolunteerId, DateTimeOffset AcceptedAt, Guid? AssociationId = null);

public sealed record ProposalDeclined(Guid ProposalId, Guid NeedId, Guid VolunteerId, DeclinedBy By, string ReasonCode, DateTimeOffset DeclinedAt);

public sealed record ProposalConfirmed(Guid ProposalId, Guid NeedId, Guid VolunteerId, int HoursPerMonth, DateTimeOffset ConfirmedAt);

public sealed record ProposalExpired(Guid ProposalId, Guid NeedId, Guid VolunteerId, DateTimeOffset ExpiredAt);

/// <summary>Matching closed an open proposal itself (its need closed, its volunteer left); <see cref="HoursFreed"/> it held.</summary>
public sealed record ProposalWithdrawn(Guid ProposalId, Guid NeedId, Guid AssociationId, Guid VolunteerId, string ReasonCode, int HoursFreed, DateTimeOffset WithdrawnAt);

/// <summary>Appended once to the need's staffing stream (id = need id) when confirmed matches cover every required skill.</summary>
public sealed record NeedStaffedByMatches(Guid NeedId, IReadOnlyList<Guid> ConfirmedProposals, DateTimeOffset StaffedAt);
