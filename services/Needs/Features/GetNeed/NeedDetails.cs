using ShareAlliance.Needs.Domain;

namespace ShareAlliance.Needs.Features.GetNeed;

/// <summary>What a reader sees of a need.</summary>
public sealed record NeedDetails(
    Guid Id,
    long Version,
    Guid AssociationId,
    string Title,
    string Category,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    NeedStatus Status,
    DateTimeOffset PublishedAt)
{
    public static NeedDetails From(Need need) =>
        new(need.Id, need.Version, need.AssociationId, need.Title, need.Category, need.RequiredSkills, need.Status, need.PublishedAt);
}
