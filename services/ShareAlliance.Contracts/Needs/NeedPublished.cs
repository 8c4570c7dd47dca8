namespace ShareAlliance.Contracts.Needs;

/// <summary>An association published a digital need; matching and funding may now act on it.</summary>
/// <param name="NeedId">The need's id (its event stream id in the needs service).</param>
/// <param name="Version">The need's stream version: consumers ignore a message older than what they hold.</param>
/// <param name="AssociationId">The association that owns the need.</param>
/// <param name="Title">Short title written by the association (no personal data).</param>
/// <param name="Category">Category code from the catalogue (for example <c>COMM</c>, <c>DATA</c>).</param>
/// <param name="RequiredSkills">Skills the need requires, each with its minimum level (1–4).</param>
/// <param name="PublishedAt">When the need was published.</param>
public sealed record NeedPublished(
    Guid NeedId,
    long Version,
    Guid AssociationId,
    string Title,
    string Category,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    DateTimeOffset PublishedAt);

/// <summary>A skill a need requires, by catalogue slug, with the minimum level (1 notions … 4 expert).</summary>
/// <param name="Skill">Stable skill slug, for example <c>web.wordpress</c>.</param>
/// <param name="MinimumLevel">Minimum level from 1 (notions) to 4 (expert).</param>
public sealed record RequiredSkill(string Skill, int MinimumLevel);
