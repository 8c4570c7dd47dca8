namespace ShareAlliance.Contracts.Volunteers;

/// <summary>
/// A volunteer's profile changed (created, edited, verified, paused or resumed): everything matching weighs, and no personal data.
/// Each message is the whole profile at <paramref name="Version"/>, so a consumer that holds a newer version ignores it.
/// </summary>
/// <param name="VolunteerId">The volunteer's id: the same opaque id as their user account (the <c>sub</c> of their tokens).</param>
/// <param name="Version">The profile's stream version: consumers ignore a message older than what they hold.</param>
/// <param name="Skills">Catalogue skills with the volunteer's level in each (1 notions … 4 expert).</param>
/// <param name="HoursPerMonth">Hours a month the volunteer can give (1–200).</param>
/// <param name="AvailableFrom">First day they are available, if they said.</param>
/// <param name="AvailableUntil">Last day they are available, if they said.</param>
/// <param name="WorkMode">What they accept: <c>Remote</c>, <c>OnSite</c> or <c>Hybrid</c>.</param>
/// <param name="Departement">Département code they can travel from (null when remote only).</param>
/// <param name="RadiusKm">How far they would travel, in kilometres (null when remote only).</param>
/// <param name="Languages">ISO 639-1 codes of the languages they work in.</param>
/// <param name="Causes">Cause codes they prefer (may be empty: any cause).</param>
/// <param name="Categories">Need category codes they prefer (may be empty: any category).</param>
/// <param name="AcceptsSensitiveNeeds">They are willing to work on needs touching beneficiaries' personal data.</param>
/// <param name="Verified">A coordinator verified them (only verified volunteers are proposed for sensitive needs).</param>
/// <param name="Paused">They paused: propose nothing until they resume.</param>
/// <param name="UpdatedAt">When the profile changed.</param>
public sealed record VolunteerProfileUpdated(
    Guid VolunteerId,
    long Version,
    IReadOnlyList<SkillLevel> Skills,
    int HoursPerMonth,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    string WorkMode,
    string? Departement,
    int? RadiusKm,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Categories,
    bool AcceptsSensitiveNeeds,
    bool Verified,
    bool Paused,
    DateTimeOffset UpdatedAt);

/// <summary>A catalogue skill with a level.</summary>
/// <param name="Skill">Stable skill slug, for example <c>data.sql</c>.</param>
/// <param name="Level">1 notions, 2 autonomous, 3 advanced, 4 expert.</param>
public sealed record SkillLevel(string Skill, int Level);

/// <summary>A volunteer withdrew from the platform: propose nothing to them any more.</summary>
/// <param name="VolunteerId">The volunteer's id.</param>
/// <param name="Version">The profile's stream version after the withdrawal.</param>
/// <param name="WithdrawnAt">When they withdrew.</param>
public sealed record VolunteerWithdrawn(Guid VolunteerId, long Version, DateTimeOffset WithdrawnAt);
