namespace ShareAlliance.Matching.ReadModel;

public sealed record KnownSkillLevel(string Skill, int Level);

/// <summary>What matching weighs of a volunteer: their profile as last published (no personal data ever reaches matching).</summary>
public sealed record VolunteerFacts(
    IReadOnlyList<KnownSkillLevel> Skills,
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
    bool Paused);

/// <summary>An employer's programme a volunteer enrolled in: matching spreads a team across employers.</summary>
public sealed record KnownEmployment(Guid ProgrammeId, Guid EmployerId, int HoursCapPerEmployee);

/// <summary>
/// Matching's own copy of a volunteer, fed by the volunteers contracts. The profile and the withdrawal each carry the
/// profile version they come from and are replaced only by a newer one, so a message arriving late or twice never brings
/// back an older profile, nor revives a volunteer who withdrew. Enrolments are a set: adding one twice adds it once.
/// </summary>
public sealed record KnownVolunteer(
    Guid Id,
    VolunteerFacts? Facts,
    long FactsVersion,
    bool Withdrawn,
    long WithdrawnVersion,
    IReadOnlyList<KnownEmployment> Employments)
{
    /// <summary>The newest profile version this copy reflects.</summary>
    public long Version => Math.Max(FactsVersion, WithdrawnVersion);

    public static KnownVolunteer Unknown(Guid id) => new(id, null, 0, false, 0, []);

    public KnownVolunteer WithFacts(VolunteerFacts facts, long version) => version > FactsVersion ? this with { Facts = facts, FactsVersion = version } : this;

    public KnownVolunteer WithWithdrawal(long version) => version > WithdrawnVersion ? this with { Withdrawn = true, WithdrawnVersion = version } : this;

    public KnownVolunteer WithEmployment(KnownEmployment employment) =>
        Employments.Any(e => e.ProgrammeId == employment.ProgrammeId) ? this : this with { Employments = [.. Employments, employment] };
}
