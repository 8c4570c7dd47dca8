namespace ShareAlliance.Matching.Engine;

public enum WorkMode : byte
{
    Remote,
    OnSite,
    Hybrid,
}

public enum Urgency : byte
{
    Low,
    Normal,
    High,
    Critical,
}

/// <summary>A skill with a level: 1 notions, 2 autonomous, 3 advanced, 4 expert.</summary>
public readonly record struct SkillAt(string Skill, int Level);

/// <summary>What the engine weighs of a volunteer; the service maps its read model to it.</summary>
public sealed record VolunteerFacts(
    Guid Id,
    IReadOnlyList<SkillAt> Skills,
    int HoursPerMonth,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    WorkMode Mode,
    string? Departement,
    int? RadiusKm,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Categories,
    bool AcceptsSensitiveNeeds,
    bool Verified,
    bool Paused,
    Guid? EmployerId = null);

/// <summary>
/// A volunteer's current load: hours a month not yet taken by confirmed matches, proposals awaiting an answer, proposals
/// made this week, and how many new proposals a week they accept (DOMAIN.md: 2 unless they ask for more).
/// </summary>
public readonly record struct VolunteerLoad(int HoursLeft, int PendingProposals, int ProposalsThisWeek, int WeeklyCap = 2);

/// <summary>What the engine weighs of a need; <paramref name="Causes"/> are its association's.</summary>
public sealed record NeedFacts(
    Guid Id,
    string Category,
    IReadOnlyList<SkillAt> RequiredSkills,
    WorkMode Mode,
    string? Departement,
    int EffortHours,
    DateOnly Deadline,
    Urgency Urgency,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    bool Sensitive);
