using System.Text.Json.Serialization;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Matching.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<ProposalStatus>))]
public enum ProposalStatus
{
    Proposed,
    Accepted,
    Confirmed,
    Declined,
    Expired,
    Withdrawn,
}

[JsonConverter(typeof(JsonStringEnumConverter<DeclinedBy>))]
public enum DeclinedBy
{
    Volunteer,
    Association,
}

/// <summary>
/// A match proposal, rebuilt from its stream (DOMAIN.md): proposed → accepted by the volunteer → confirmed by the
/// association; declined by either side with a reason code; expired after 7 days without an answer; withdrawn when its need
/// closes or its volunteer leaves (<see cref="WithdrawalReasons"/>). Decisions are pure:
/// each returns the event to append or refuses with a <see cref="RuleViolationException"/> (409) naming the rule.
/// </summary>
public sealed record Proposal(
    Guid Id,
    Guid NeedId,
    long NeedVersion,
    Guid AssociationId,
    Guid VolunteerId,
    float Score,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> CoveredSkills,
    int HoursPerMonth,
    ProposalStatus Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset ExpiresAt,
    Guid? RoundId,
    int? ConfirmedHours,
    DeclinedBy? DeclinedBy,
    string? ReasonCode)
{
    /// <summary>A proposal without an answer after this long expires (DOMAIN.md).</summary>
    public static readonly TimeSpan ExpiresAfter = TimeSpan.FromDays(7);

    /// <summary>Why a volunteer may decline.</summary>
    public static readonly IReadOnlyList<string> VolunteerReasons = ["no-time", "not-interested", "skills-mismatch", "other"];

    /// <summary>Why an association may decline.</summary>
    public static readonly IReadOnlyList<string> AssociationReasons = ["profile-mismatch", "need-changed", "already-staffed", "other"];

    /// <summary>Why matching withdraws an open proposal itself: its need closed, or its volunteer left the platform.</summary>
    public static readonly IReadOnlyList<string> WithdrawalReasons = ["need-cancelled", "need-completed", "need-expired", "volunteer-withdrawn", "volunteer-deleted"];

    /// <summary>The stream version, set by Marten.</summary>
    public long Version { get; set; }

    /// <summary>Hours a month this proposal holds of the volunteer's availability: from acceptance until declined.</summary>
    public int HeldHours => Status switch
    {
        ProposalStatus.Accepted => HoursPerMonth,
        ProposalStatus.Confirmed => ConfirmedHours ?? HoursPerMonth,
        _ => 0,
    };

    /// <summary>The volunteer accepts: only while the need is open (409 need-not-open) and within their availability.</summary>
    public ProposalAccepted Accept(Commitments commitments, bool needOpen, DateTimeOffset now)
    {
        EnsureNeedOpen(needOpen);
        EnsureAwaitingVolunteer(now);
        commitments.EnsureRoomFor(HoursPerMonth);
        return new(Id, NeedId, VolunteerId, now, AssociationId);
    }

    public ProposalDeclined Decline(DeclinedBy by, string reasonCode, DateTimeOffset now)
    {
        if (Status is not (ProposalStatus.Proposed or ProposalStatus.Accepted))
        {
            throw Refused("proposal-closed", $"A {Status} proposal can no longer be declined.");
        }

        var allowed = by == Domain.DeclinedBy.Volunteer ? VolunteerReasons : AssociationReasons;
        if (!allowed.Contains(reasonCode, StringComparer.Ordinal))
        {
            throw Refused("unknown-reason-code", $"A {by} declines with one of: {string.Join(", ", allowed)}.");
        }

        return new(Id, NeedId, VolunteerId, by, reasonCode, now);
    }

    /// <summary>The association confirms: the hours (default: those proposed) must fit the volunteer's availability.</summary>
    public ProposalConfirmed Confirm(int? hours, Commitments commitments, bool needOpen, DateTimeOffset now)
    {
        EnsureNeedOpen(needOpen);
        if (Status != ProposalStatus.Accepted)
        {
            throw Refused("proposal-not-accepted", $"Only a proposal the volunteer accepted can be confirmed; this one is {Status}.");
        }

        var confirmed = hours ?? HoursPerMonth;
        // The hours this proposal already holds are replaced by the confirmed ones, not added to them.
        commitments.Without(HeldHours).EnsureRoomFor(confirmed);
        return new(Id, NeedId, VolunteerId, confirmed, now);
    }

    /// <summary>Null when the proposal is not due to expire (the job asks every proposal it suspects; only this says yes).</summary>
    public ProposalExpired? ExpireIfDue(DateTimeOffset now) =>
        Status == ProposalStatus.Proposed && now >= ExpiresAt ? new(Id, NeedId, VolunteerId, now) : null;

    /// <summary>Null when the proposal is already closed (declined, expired, withdrawn): a repeated withdrawal changes nothing.</summary>
    public ProposalWithdrawn? WithdrawIfOpen(string reasonCode, DateTimeOffset now)
    {
        if (!WithdrawalReasons.Contains(reasonCode, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{reasonCode}' is not a withdrawal reason.", nameof(reasonCode));
        }

        return IsOpen ? new(Id, NeedId, AssociationId, VolunteerId, reasonCode, HeldHours, now) : null;
    }

    public bool IsOpen => Status is ProposalStatus.Proposed or ProposalStatus.Accepted or ProposalStatus.Confirmed;

    /// <summary>The proposal after one of its own decisions (the same Apply methods Marten calls when it replays the stream).</summary>
    // Not named Evolve: Marten takes a method of that name for its own aggregation convention.
    public Proposal Next(object decided) => decided switch
    {
        ProposalAccepted e => Apply(e),
        ProposalDeclined e => Apply(e),
        ProposalConfirmed e => Apply(e),
        ProposalExpired e => Apply(e),
        ProposalWithdrawn e => Apply(e),
        _ => throw new ArgumentException($"{decided.GetType().Name} is not a change of an existing proposal.", nameof(decided)),
    };

    public static Proposal Create(ProposalMade e) => new(
        e.ProposalId, e.NeedId, e.NeedVersion, e.AssociationId, e.VolunteerId, e.Score, e.Reasons, e.CoveredSkills, e.HoursPerMonth,
        ProposalStatus.Proposed, e.ProposedAt, e.ExpiresAt, e.RoundId, null, null, null);

    public Proposal Apply(ProposalAccepted _) => this with { Status = ProposalStatus.Accepted };

    public Proposal Apply(ProposalDeclined e) => this with { Status = ProposalStatus.Declined, DeclinedBy = e.By, ReasonCode = e.ReasonCode };

    public Proposal Apply(ProposalConfirmed e) => this with { Status = ProposalStatus.Confirmed, ConfirmedHours = e.HoursPerMonth };

    public Proposal Apply(ProposalExpired _) => this with { Status = ProposalStatus.Expired };

    public Proposal Apply(ProposalWithdrawn e) => this with { Status = ProposalStatus.Withdrawn, ReasonCode = e.ReasonCode };

    private static void EnsureNeedOpen(bool needOpen)
    {
        if (!needOpen)
        {
            throw Refused("need-not-open", "The need is no longer open (cancelled, completed or expired): its proposals can no longer be answered.");
        }
    }

    private void EnsureAwaitingVolunteer(DateTimeOffset now)
    {
        if (Status != ProposalStatus.Proposed)
        {
            throw Refused("proposal-not-pending", $"Only a proposal awaiting an answer can be accepted; this one is {Status}.");
        }

        if (now >= ExpiresAt)
        {
            throw Refused("proposal-expired", "This proposal waited more than 7 days for an answer and has expired.");
        }
    }

    private static RuleViolationException Refused(string code, string detail) => new(code, detail);
}
