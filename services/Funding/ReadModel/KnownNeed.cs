namespace ShareAlliance.Funding.ReadModel;

/// <summary>What funding weighs of a need, from its last publication or edit.</summary>
public sealed record NeedFacts(
    Guid AssociationId,
    string Title,
    string Category,
    string Format,
    string WorkMode,
    string? Departement,
    DateOnly Deadline,
    decimal? Budget);

/// <summary>
/// Funding's own copy of a need, fed by the needs contracts. Facts and status each carry the need version they come from
/// and are replaced only by a newer one: a message arriving late or twice never brings back an older state.
/// </summary>
public sealed record KnownNeed(Guid Id, NeedFacts? Facts, long FactsVersion, string Status, long StatusVersion)
{
    /// <summary>Needs still being worked on may still take money: a staffed need is the one whose budget matters most.</summary>
    public static readonly IReadOnlyList<string> FundableStatuses = ["Published", "Staffed", "InProgress"];

    public long Version => Math.Max(FactsVersion, StatusVersion);

    public bool IsOpen => FundableStatuses.Contains(Status, StringComparer.Ordinal);

    public static KnownNeed Unknown(Guid id) => new(id, null, 0, "Unknown", 0);

    public KnownNeed WithFacts(NeedFacts facts, long version) => version > FactsVersion ? this with { Facts = facts, FactsVersion = version } : this;

    public KnownNeed WithStatus(string status, long version) => version > StatusVersion ? this with { Status = status, StatusVersion = version } : this;
}
