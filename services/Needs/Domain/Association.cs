using System.Text.Json.Serialization;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Needs.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<AssociationStatus>))]
public enum AssociationStatus
{
    Registered,
    Verified,
    Rejected,
    Suspended,
}

[JsonConverter(typeof(JsonStringEnumConverter<AssociationSize>))]
public enum AssociationSize
{
    /// <summary>Run by volunteers only.</summary>
    NoStaff,

    /// <summary>1 to 9 employees.</summary>
    Small,

    /// <summary>10 to 49 employees.</summary>
    Medium,

    /// <summary>50 employees or more.</summary>
    Large,
}

/// <summary>
/// The public identity of an association (no personal data). RNA and/or SIREN: at least one, except in Alsace-Moselle,
/// where associations are registered at the court and have no RNA — a coordinator then reviews by hand.
/// </summary>
public sealed record AssociationProfile(
    string Name,
    string? Rna,
    string? Siren,
    string? Siret,
    IReadOnlyList<string> Causes,
    string Departement,
    string City,
    AssociationSize Size,
    string Description);

/// <summary>An association: registered by its owner, verified (or rejected, or suspended) by a coordinator.</summary>
public sealed record Association(
    Guid Id,
    Guid OwnerUserId,
    AssociationProfile Profile,
    AssociationStatus Status,
    string? StatusReason,
    DateTimeOffset RegisteredAt)
{
    public long Version { get; set; }

    public static AssociationRegistered Register(Guid id, Guid owner, AssociationProfile profile, DateTimeOffset now) =>
        new(id, owner, profile with { Name = profile.Name.Trim(), City = profile.City.Trim(), Description = profile.Description.Trim() }, now);

    public AssociationVerified Verify(Guid by, DateTimeOffset now) => Status is AssociationStatus.Registered or AssociationStatus.Suspended
        ? new(Id, by, now)
        : throw new RuleViolationException("association-not-verifiable", $"A {Status} association cannot be verified.");

    public AssociationRejected Reject(string reason, Guid by, DateTimeOffset now) => Status == AssociationStatus.Registered
        ? new(Id, reason.Trim(), by, now)
        : throw new RuleViolationException("association-not-rejectable", $"Only a newly registered association can be rejected; this one is {Status}.");

    public AssociationSuspended Suspend(string reason, Guid by, DateTimeOffset now) => Status == AssociationStatus.Verified
        ? new(Id, reason.Trim(), by, now)
        : throw new RuleViolationException("association-not-suspendable", $"Only a verified association can be suspended; this one is {Status}.");

    /// <summary>The association after one of its own decisions.</summary>
    public Association Next(object decided) => decided switch
    {
        AssociationVerified e => Apply(e),
        AssociationRejected e => Apply(e),
        AssociationSuspended e => Apply(e),
        _ => throw new ArgumentException($"{decided.GetType().Name} is not a change of an existing association.", nameof(decided)),
    };

    public static Association Create(AssociationRegistered e) =>
        new(e.AssociationId, e.OwnerUserId, e.Profile, AssociationStatus.Registered, null, e.RegisteredAt);

    public Association Apply(AssociationVerified _) => this with { Status = AssociationStatus.Verified, StatusReason = null };

    public Association Apply(AssociationRejected e) => this with { Status = AssociationStatus.Rejected, StatusReason = e.Reason };

    public Association Apply(AssociationSuspended e) => this with { Status = AssociationStatus.Suspended, StatusReason = e.Reason };
}
