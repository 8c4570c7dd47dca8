using System.Text.Json.Serialization;

namespace ShareAlliance.DemoData.Plan;

[JsonConverter(typeof(JsonStringEnumConverter<NeedFormat>))]
public enum NeedFormat
{
    OneOffMission,
    LongTerm,
    SkillsSponsorship,
    ProBono,
}

[JsonConverter(typeof(JsonStringEnumConverter<WorkMode>))]
public enum WorkMode
{
    Remote,
    OnSite,
    Hybrid,
}

[JsonConverter(typeof(JsonStringEnumConverter<Urgency>))]
public enum Urgency
{
    Low,
    Normal,
    High,
    Critical,
}

/// <summary>Where a need ends: published, left as a draft, or published then cancelled with a reason.</summary>
public enum NeedFate
{
    Publish,
    KeepDraft,
    Cancel,
}

public sealed record NeedPlace(string Departement, string? City);

public sealed record SkillRequirement(string Skill, int MinimumLevel);

/// <summary>One need as the member drafts it (the fields of POST /needs), and what becomes of it.</summary>
public sealed record NeedPlan(
    int Number,
    string Title,
    string Description,
    string Category,
    NeedFormat Format,
    WorkMode WorkMode,
    NeedPlace? Place,
    int EffortHours,
    DateOnly Deadline,
    Urgency Urgency,
    IReadOnlyList<string> Languages,
    IReadOnlyList<SkillRequirement> RequiredSkills,
    decimal? Budget,
    bool Sensitive,
    NeedFate Fate,
    string? CancellationReason);
