using System.Text.Json.Serialization;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Needs.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<NeedStatus>))]
public enum NeedStatus
{
    Draft,
    Published,
    Staffed,
    InProgress,
    Completed,
    Cancelled,
    Expired,
}

/// <summary>
/// A digital need of an association, rebuilt from its events. Decisions are pure: each returns the event to append or
/// refuses with a <see cref="RuleViolationException"/> (409) naming the rule.
/// </summary>
public sealed record Need(
    Guid Id,
    Guid AssociationId,
    NeedContent Content,
    NeedStatus Status,
    DateTimeOffset DraftedAt,
    DateTimeOffset? PublishedAt,
    string? CancellationReason)
{
    /// <summary>A published need with no volunteer after this long expires (DOMAIN.md).</summary>
    public static readonly TimeSpan ExpiresAfter = TimeSpan.FromDays(40);

    /// <summary>The stream version, set by Marten: the ETag clients send back in If-Match.</summary>
    public long Version { get; set; }

    public static NeedDrafted Draft(Guid id, Guid associationId, NeedContent content, Guid by, DateTimeOffset now) =>
        new(id, associationId, content with { Title = content.Title.Trim(), Description = content.Description.Trim() }, by, now);

    public NeedEdited Edit(NeedContent content, Guid by, DateTimeOffset now) => Status is NeedStatus.Draft or NeedStatus.Published
        ? new(Id, AssociationId, content with { Title = content.Title.Trim(), Description = content.Description.Trim() }, Status == NeedStatus.Published, by, now)
        : throw Refused("need-not-editable", $"A {Status} need can no longer be edited.");

    public NeedPublished Publish(bool associationVerified, Guid by, DateTimeOffset now)
    {
        if (Status != NeedStatus.Draft)
        {
            throw Refused("need-not-draft", $"Only a draft can be published; this need is {Status}.");
        }

        if (!associationVerified)
        {
            throw Refused("association-not-verified", "Only a verified association can publish needs; a coordinator verifies it first.");
        }

        if (Content.Deadline < DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw Refused("deadline-passed", "The deadline is in the past: edit it before publishing.");
        }

        return new(Id, AssociationId, Content, by, now);
    }

    public NeedStaffed MarkStaffed(DateTimeOffset now) => Status == NeedStatus.Published
        ? new(Id, now)
        : throw Refused("need-not-published", $"Only a published need can become staffed; this need is {Status}.");

    public NeedStarted Start(Guid by, DateTimeOffset now) => Status == NeedStatus.Staffed
        ? new(Id, by, now)
        : throw Refused("need-not-staffed", $"Work starts once the need is staffed; this need is {Status}.");

    public NeedCompleted Complete(Guid by, DateTimeOffset now) => Status == NeedStatus.InProgress
        ? new(Id, by, now)
        : throw Refused("need-not-in-progress", $"Only a need in progress can be completed; this need is {Status}.");

    public NeedCancelled Cancel(string reason, Guid by, DateTimeOffset now) => IsOpen
        ? new(Id, reason.Trim(), by, now)
        : throw Refused("need-closed", $"A {Status} need cannot be cancelled.");

    /// <summary>Null when the need is not due to expire (the job asks every need it suspects; only this says yes).</summary>
    public NeedExpired? ExpireIfDue(DateTimeOffset now) =>
        Status == NeedStatus.Published && PublishedAt is { } published && now - published >= ExpiresAfter ? new(Id, now) : null;

    public bool IsOpen => Status is NeedStatus.Draft or NeedStatus.Published or NeedStatus.Staffed or NeedStatus.InProgress;

    /// <summary>The need after one of its own decisions (the same Apply methods Marten calls when it replays the stream).</summary>
    // Not named Evolve: Marten takes a method of that name for its own aggregation convention.
    public Need Next(object decided) => decided switch
    {
        NeedEdited e => Apply(e),
        NeedPublished e => Apply(e),
        NeedStaffed e => Apply(e),
        NeedStarted e => Apply(e),
        NeedCompleted e => Apply(e),
        NeedCancelled e => Apply(e),
        NeedExpired e => Apply(e),
        _ => throw new ArgumentException($"{decided.GetType().Name} is not a change of an existing need.", nameof(decided)),
    };

    public static Need Create(NeedDrafted e) => new(e.NeedId, e.AssociationId, e.Content, NeedStatus.Draft, e.DraftedAt, null, null);

    public Need Apply(NeedEdited e) => this with { Content = e.Content };

    public Need Apply(NeedPublished e) => this with { Status = NeedStatus.Published, PublishedAt = e.PublishedAt };

    public Need Apply(NeedStaffed _) => this with { Status = NeedStatus.Staffed };

    public Need Apply(NeedStarted _) => this with { Status = NeedStatus.InProgress };

    public Need Apply(NeedCompleted _) => this with { Status = NeedStatus.Completed };

    public Need Apply(NeedCancelled e) => this with { Status = NeedStatus.Cancelled, CancellationReason = e.Reason };

    public Need Apply(NeedExpired _) => this with { Status = NeedStatus.Expired };

    private static RuleViolationException Refused(string code, string detail) => new(code, detail);
}
