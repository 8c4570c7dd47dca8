namespace ShareAlliance.Matching.ReadModel;

public sealed record KnownSkill(string Skill, int MinimumLevel);

/// <summary>Matching's own copy of a need, fed by the needs contracts. <see cref="Version"/> is the need's stream version.</summary>
public sealed record KnownNeed(
    Guid Id,
    long Version,
    Guid AssociationId,
    string Title,
    string Category,
    IReadOnlyList<KnownSkill> RequiredSkills,
    DateTimeOffset PublishedAt);
