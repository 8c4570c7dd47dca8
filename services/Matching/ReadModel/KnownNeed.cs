namespace ShareAlliance.Matching.ReadModel;

public sealed record KnownSkill(string Skill, int MinimumLevel);

/// <summary>What matching weighs of a need: its content as last published or edited, and its association's causes when known.</summary>
public sealed record NeedFacts(
    Guid AssociationId,
    string Title,
    string Category,
    IReadOnlyList<KnownSkill> RequiredSkills,
    Contracts.Needs.NeedTerms Terms,
    IReadOnlyList<string>? Causes = null);

/// <summary>The causes an association works for (from AssociationRegistered): the cause part of a need's score.</summary>
public sealed record KnownAssociation(Guid Id, IReadOnlyList<string> Causes);

/// <summary>
/// Matching's own copy of a need, fed by the needs contracts. Facts and status carry the need version they come from and
/// are each replaced only by a newer one, so messages arriving late or twice never bring back an older state — even a
/// status change that overtakes the publication it follows.
/// </summary>
public sealed record KnownNeed(Guid Id, NeedFacts? Facts, long FactsVersion, string Status, long StatusVersion, DateTimeOffset? PublishedAt)
{
    /// <summary>The newest need version this copy reflects.</summary>
    public long Version => Math.Max(FactsVersion, StatusVersion);

    /// <summary>Its proposals may still be answered: published, staffed or in progress (not cancelled, completed nor expired).</summary>
    public bool IsOpen => Status is "Published" or "Staffed" or "InProgress";

    /// <summary>Why its open proposals are withdrawn, when its status closed it for good; null while it may still be worked on.</summary>
    public string? WithdrawalReason => Status switch
    {
        "Cancelled" => "need-cancelled",
        "Completed" => "need-completed",
        "Expired" => "need-expired",
        _ => null,
    };

    public static KnownNeed Unknown(Guid id) => new(id, null, 0, "Unknown", 0, null);

    public KnownNeed WithFacts(NeedFacts facts, long version) => version > FactsVersion ? this with { Facts = facts, FactsVersion = version } : this;

    public KnownNeed WithStatus(string status, long version) => version > StatusVersion ? this with { Status = status, StatusVersion = version } : this;
}
