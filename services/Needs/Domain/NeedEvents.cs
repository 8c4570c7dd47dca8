namespace ShareAlliance.Needs.Domain;

// Stored events: past tense, internal to the service. The relay turns them into Contracts.Needs.* messages.

public sealed record NeedPublished(
    Guid NeedId,
    Guid AssociationId,
    string Title,
    string Category,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    DateTimeOffset PublishedAt);
