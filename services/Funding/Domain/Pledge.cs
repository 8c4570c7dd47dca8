using System.Text.Json.Serialization;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Funding.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<PledgeStatus>))]
public enum PledgeStatus
{
    Pledged,
    Confirmed,
    Cancelled,
}

public sealed record PledgeMade(Guid PledgeId, Guid OfferId, Guid FunderId, Guid NeedId, decimal Amount, Guid PledgedBy, DateTimeOffset PledgedAt);

public sealed record PledgeConfirmed(Guid PledgeId, Guid ConfirmedBy, DateTimeOffset ConfirmedAt);

public sealed record PledgeCancelled(Guid PledgeId, Guid CancelledBy, DateTimeOffset CancelledAt);

/// <summary>Money a funder promised one need from one of its offers: pledged → confirmed | cancelled.</summary>
public sealed record Pledge(
    Guid Id, Guid OfferId, Guid FunderId, Guid NeedId, decimal Amount, PledgeStatus Status,
    DateTimeOffset PledgedAt, DateTimeOffset? ConfirmedAt, DateTimeOffset? CancelledAt)
{
    public long Version { get; set; }

    public PledgeConfirmed Confirm(Guid by, DateTimeOffset now) => Status == PledgeStatus.Pledged
        ? new(Id, by, now)
        : throw new RuleViolationException("pledge-not-pending", $"Only a pending pledge can be confirmed; this one is {Status}.");

    public PledgeCancelled Cancel(Guid by, DateTimeOffset now) => Status == PledgeStatus.Pledged
        ? new(Id, by, now)
        : throw new RuleViolationException("pledge-not-pending", $"Only a pending pledge can be cancelled; this one is {Status}.");

    public static Pledge Create(PledgeMade e) =>
        new(e.PledgeId, e.OfferId, e.FunderId, e.NeedId, e.Amount, PledgeStatus.Pledged, e.PledgedAt, null, null);

    public Pledge Apply(PledgeConfirmed e) => this with { Status = PledgeStatus.Confirmed, ConfirmedAt = e.ConfirmedAt };

    public Pledge Apply(PledgeCancelled e) => this with { Status = PledgeStatus.Cancelled, CancelledAt = e.CancelledAt };
}
