namespace ShareAlliance.Contracts.Matching;

/// <summary>
/// Matching proposes a volunteer for a need, with the reasons of the score. No personal data: ids, skill slugs, hours,
/// distances and language codes only.
/// </summary>
/// <param name="ProposalId">The proposal's id (its event stream in the matching service).</param>
/// <param name="NeedId">The need proposed.</param>
/// <param name="AssociationId">The association that owns the need (it answers the proposal after the volunteer).</param>
/// <param name="VolunteerId">The volunteer proposed (the <c>sub</c> of their tokens).</param>
/// <param name="Score">The score from 0 to 100.</param>
/// <param name="Reasons">Why, in plain words (English), for example "covers 2 of 2 required skills".</param>
/// <param name="CoveredSkills">The required skills the volunteer holds at the minimum level asked.</param>
/// <param name="HoursPerMonth">Hours a month the match asks of the volunteer.</param>
/// <param name="ProposedAt">When it was proposed.</param>
/// <param name="ExpiresAt">When it expires without an answer (7 days later).</param>
/// <param name="RoundId">The coordinated round that made it; null for a real-time proposal.</param>
public sealed record MatchProposed(
    Guid ProposalId,
    Guid NeedId,
    Guid AssociationId,
    Guid VolunteerId,
    double Score,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> CoveredSkills,
    int HoursPerMonth,
    DateTimeOffset ProposedAt,
    DateTimeOffset ExpiresAt,
    Guid? RoundId);

/// <summary>The volunteer accepted a proposal; the association confirms it next. Their hours are held meanwhile.</summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="NeedId">Its need.</param>
/// <param name="VolunteerId">The volunteer who accepted.</param>
/// <param name="AcceptedAt">When.</param>
/// <param name="AssociationId">The association that owns the need (from then on it may read the volunteer's contact in the volunteers service); null from older publishers.</param>
public sealed record MatchAccepted(Guid ProposalId, Guid NeedId, Guid VolunteerId, DateTimeOffset AcceptedAt, Guid? AssociationId = null);

/// <summary>A proposal was declined by the volunteer or by the association; any hours it held are free again.</summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="NeedId">Its need.</param>
/// <param name="VolunteerId">The volunteer proposed.</param>
/// <param name="DeclinedBy"><c>Volunteer</c> or <c>Association</c>.</param>
/// <param name="ReasonCode">Why, as a code (for example <c>no-time</c>, <c>profile-mismatch</c>).</param>
/// <param name="DeclinedAt">When.</param>
public sealed record MatchDeclined(Guid ProposalId, Guid NeedId, Guid VolunteerId, string DeclinedBy, string ReasonCode, DateTimeOffset DeclinedAt);

/// <summary>The association that owns the need confirmed an accepted proposal: the volunteer works on the need.</summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="NeedId">Its need.</param>
/// <param name="VolunteerId">The volunteer.</param>
/// <param name="HoursPerMonth">Hours a month confirmed (within the volunteer's availability).</param>
/// <param name="ConfirmedAt">When.</param>
public sealed record MatchConfirmed(Guid ProposalId, Guid NeedId, Guid VolunteerId, int HoursPerMonth, DateTimeOffset ConfirmedAt);

/// <summary>A proposal got no answer within 7 days and expired.</summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="NeedId">Its need.</param>
/// <param name="VolunteerId">The volunteer proposed.</param>
/// <param name="ExpiredAt">When.</param>
public sealed record MatchExpired(Guid ProposalId, Guid NeedId, Guid VolunteerId, DateTimeOffset ExpiredAt);

/// <summary>
/// Matching withdrew an open proposal (proposed, accepted or confirmed) itself: its need closed or its volunteer left. Any
/// hours it held are free again, and it can no longer be answered.
/// </summary>
/// <param name="ProposalId">The proposal.</param>
/// <param name="NeedId">Its need.</param>
/// <param name="AssociationId">The association that owns the need.</param>
/// <param name="VolunteerId">The volunteer proposed.</param>
/// <param name="ReasonCode"><c>need-cancelled</c>, <c>need-completed</c>, <c>need-expired</c>, <c>volunteer-withdrawn</c> or <c>volunteer-deleted</c>.</param>
/// <param name="HoursFreed">Hours a month it held (0 when it was only proposed).</param>
/// <param name="WithdrawnAt">When.</param>
public sealed record MatchWithdrawn(Guid ProposalId, Guid NeedId, Guid AssociationId, Guid VolunteerId, string ReasonCode, int HoursFreed, DateTimeOffset WithdrawnAt);

/// <summary>A coordinator ran a coordinated round over the whole alliance: its figures (the plan itself stays in matching).</summary>
/// <param name="RoundId">The round.</param>
/// <param name="DryRun">True when only planned: no proposal was made.</param>
/// <param name="Needs">Open needs in the round.</param>
/// <param name="Volunteers">Volunteers with at least one candidate arc.</param>
/// <param name="Proposals">Proposals made from the plan (0 for a dry run).</param>
/// <param name="HoursAssigned">Hours the exact plan assigns.</param>
/// <param name="NeedsFullyStaffed">Needs the plan staffs completely.</param>
/// <param name="Coverage">Mean coverage of the needs' required hours (0–1).</param>
/// <param name="Value">The exact plan's value (priority × coverage, summed).</param>
/// <param name="GreedyValue">The greedy baseline's value on the same graph.</param>
/// <param name="CompletedAt">When.</param>
public sealed record CoordinationRoundCompleted(
    Guid RoundId,
    bool DryRun,
    int Needs,
    int Volunteers,
    int Proposals,
    long HoursAssigned,
    int NeedsFullyStaffed,
    double Coverage,
    double Value,
    double GreedyValue,
    DateTimeOffset CompletedAt);
