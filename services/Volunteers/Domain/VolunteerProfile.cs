using System.Text.Json.Serialization;

namespace ShareAlliance.Volunteers.Domain;

[JsonConverter(typeof(JsonStringEnumConverter<WorkMode>))]
public enum WorkMode
{
    Remote,
    OnSite,
    Hybrid,
}

/// <summary>A catalogue skill and the volunteer's level in it: 1 notions, 2 autonomous, 3 advanced, 4 expert.</summary>
public sealed record SkillLevel(string Skill, int Level);

/// <summary>
/// What a volunteer offers, as they declare it: everything matching weighs and nothing that names them (their name and
/// contact live in <see cref="VolunteerDetails"/>, a document that can be deleted).
/// </summary>
public sealed record VolunteerProfile(
    IReadOnlyList<SkillLevel> Skills,
    int HoursPerMonth,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    WorkMode WorkMode,
    string? Departement,
    int? RadiusKm,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Categories,
    bool AcceptsSensitiveNeeds);

/// <summary>The profile with what others decided or the volunteer switched: the whole state matching is told about.</summary>
public sealed record VolunteerFacts(VolunteerProfile Profile, bool Verified, bool Paused);
