using ShareAlliance.Needs.Domain;

namespace ShareAlliance.Needs.Features.GetNeed;

/// <summary>What a reader sees of a need: its content flat, as it is sent back when edited (GET, change, PUT).</summary>
public sealed record NeedDetails(
    Guid Id,
    long Version,
    Guid AssociationId,
    NeedStatus Status,
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
    bool Sensitive,
    DateTimeOffset DraftedAt,
    DateTimeOffset? PublishedAt,
    string? CancellationReason)
{
    public static NeedDetails From(Need need)
    {
        var c = need.Content;
        return new(need.Id, need.Version, need.AssociationId, need.Status, c.Title, c.Description, c.Category, c.Format, c.WorkMode, c.Place,
            c.EffortHours, c.Deadline, c.Urgency, c.Languages, c.RequiredSkills, c.Budget, c.Sensitive, need.DraftedAt, need.PublishedAt,
            need.CancellationReason);
    }
}
