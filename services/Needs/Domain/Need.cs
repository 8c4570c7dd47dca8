using System.Text.Json.Serialization;

namespace ShareAlliance.Needs.Domain;

public sealed record RequiredSkill(string Skill, int MinimumLevel);

[JsonConverter(typeof(JsonStringEnumConverter<NeedStatus>))]
public enum NeedStatus
{
    Published,
}

/// <summary>A digital need of an association: rebuilt from its events; decisions are pure functions returning events.</summary>
public sealed record Need(
    Guid Id,
    Guid AssociationId,
    string Title,
    string Category,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    NeedStatus Status,
    DateTimeOffset PublishedAt)
{
    /// <summary>The stream version, set by Marten: the ETag clients send back in If-Match.</summary>
    public long Version { get; set; }

    public static NeedPublished Publish(
        Guid id, Guid associationId, string title, string category, IReadOnlyList<RequiredSkill> skills, DateTimeOffset now) =>
        new(id, associationId, title.Trim(), category, skills, now);

    public static Need Create(NeedPublished e) =>
        new(e.NeedId, e.AssociationId, e.Title, e.Category, e.RequiredSkills, NeedStatus.Published, e.PublishedAt) { Version = 1 };
}
