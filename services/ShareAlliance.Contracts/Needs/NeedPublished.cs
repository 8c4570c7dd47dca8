namespace ShareAlliance.Contracts.Needs;

/// <summary>A verified association published a digital need: matching and funding may now act on it. No personal data.</summary>
/// <param name="NeedId">The need's id (its event stream id in the needs service).</param>
/// <param name="Version">The need's stream version: consumers ignore a message older than what they hold.</param>
/// <param name="AssociationId">The association that owns the need.</param>
/// <param name="Title">Short title written by the association.</param>
/// <param name="Category">Category code from the catalogue (for example <c>COMM</c>, <c>DATA</c>).</param>
/// <param name="RequiredSkills">Skills the need requires, each with its minimum level (1–4).</param>
/// <param name="Terms">What the need asks for beyond its skills (format, place, effort, deadline, budget…).</param>
/// <param name="PublishedAt">When the need was published.</param>
public sealed record NeedPublished(
    Guid NeedId,
    long Version,
    Guid AssociationId,
    string Title,
    string Category,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    NeedTerms Terms,
    DateTimeOffset PublishedAt);

/// <summary>A published need was edited: the same facts as <see cref="NeedPublished"/>, at a newer version.</summary>
/// <param name="NeedId">The need's id.</param>
/// <param name="Version">The need's stream version after the edit.</param>
/// <param name="AssociationId">The association that owns the need.</param>
/// <param name="Title">Short title.</param>
/// <param name="Category">Category code.</param>
/// <param name="RequiredSkills">Skills with their minimum levels.</param>
/// <param name="Terms">Format, place, effort, deadline, budget…</param>
/// <param name="UpdatedAt">When it was edited.</param>
public sealed record NeedUpdated(
    Guid NeedId,
    long Version,
    Guid AssociationId,
    string Title,
    string Category,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    NeedTerms Terms,
    DateTimeOffset UpdatedAt);

/// <summary>A need moved in its life cycle (staffed, in progress, completed, cancelled, expired).</summary>
/// <param name="NeedId">The need's id.</param>
/// <param name="Version">The need's stream version after the change.</param>
/// <param name="Status">The new status: <c>Staffed</c>, <c>InProgress</c>, <c>Completed</c>, <c>Cancelled</c> or <c>Expired</c>.</param>
/// <param name="Reason">Why, when the association gave a reason (cancellation).</param>
/// <param name="ChangedAt">When it changed.</param>
public sealed record NeedStatusChanged(Guid NeedId, long Version, string Status, string? Reason, DateTimeOffset ChangedAt);

/// <summary>A skill a need requires, by catalogue slug, with the minimum level (1 notions … 4 expert).</summary>
/// <param name="Skill">Stable skill slug, for example <c>web.wordpress</c>.</param>
/// <param name="MinimumLevel">Minimum level from 1 (notions) to 4 (expert).</param>
public sealed record RequiredSkill(string Skill, int MinimumLevel);

/// <summary>The terms of a need that matching and funding weigh.</summary>
/// <param name="Format"><c>OneOffMission</c>, <c>LongTerm</c>, <c>SkillsSponsorship</c> or <c>ProBono</c>.</param>
/// <param name="WorkMode"><c>Remote</c>, <c>OnSite</c> or <c>Hybrid</c>.</param>
/// <param name="Departement">Département code of the place (null when remote).</param>
/// <param name="EffortHours">Estimated effort in hours.</param>
/// <param name="Deadline">The date by which the association needs it done.</param>
/// <param name="Urgency"><c>Low</c>, <c>Normal</c>, <c>High</c> or <c>Critical</c>.</param>
/// <param name="Languages">ISO 639-1 codes of the languages the work needs.</param>
/// <param name="Budget">Euros that money must pay (licences, hosting, hardware), if any: the part funders can cover.</param>
/// <param name="Sensitive">The work touches beneficiaries' personal data: only verified volunteers may be proposed.</param>
public sealed record NeedTerms(
    string Format,
    string WorkMode,
    string? Departement,
    int EffortHours,
    DateOnly Deadline,
    string Urgency,
    IReadOnlyList<string> Languages,
    decimal? Budget,
    bool Sensitive);
