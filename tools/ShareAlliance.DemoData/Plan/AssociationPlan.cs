using System.Text.Json.Serialization;

namespace ShareAlliance.DemoData.Plan;

/// <summary>The sizes the needs API knows (names sent as they are).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssociationSize>))]
public enum AssociationSize
{
    NoStaff,
    Small,
    Medium,
    Large,
}

/// <summary>What the coordinator does with a registered association; <c>Leave</c> keeps it in the review queue.</summary>
public enum ReviewDecision
{
    Verify,
    Leave,
    Reject,
}

public sealed record ReviewPlan(ReviewDecision Decision, string? Reason);

/// <summary>One association as its member registers it, what the coordinator decides, and the needs it drafts.</summary>
public sealed record AssociationPlan(
    int Number,
    string MemberEmail,
    string Name,
    string? Rna,
    string? Siren,
    string? Siret,
    IReadOnlyList<string> Causes,
    string Departement,
    string City,
    AssociationSize Size,
    string Description,
    ReviewPlan Review,
    IReadOnlyList<NeedPlan> Needs)
{
    public bool IsAlsaceMoselle => InAlsaceMoselle(Departement);

    /// <summary>Bas-Rhin, Haut-Rhin, Moselle: local law, associations registered at the court rather than in the RNA.</summary>
    public static bool InAlsaceMoselle(string departement) => departement is "67" or "68" or "57";
}
