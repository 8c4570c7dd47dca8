using System.Text.Json.Serialization;

namespace ShareAlliance.Needs.Domain;

public sealed record RequiredSkill(string Skill, int MinimumLevel);

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

/// <summary>Where the work happens: a département (and city) for on-site and hybrid needs, none for remote ones.</summary>
public sealed record NeedPlace(string Departement, string? City);

/// <summary>
/// What an association says it needs: everything it may edit while the need is a draft or published. Budget is in euros,
/// for what money must pay (licences, hosting, hardware) — the part funders can cover.
/// </summary>
public sealed record NeedContent(
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
    IReadOnlyList<RequiredSkill> RequiredSkills,
    decimal? Budget,
    bool Sensitive);
