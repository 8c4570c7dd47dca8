namespace ShareAlliance.Web.Services;

/// <summary>The volunteers service's API (profiles, skills, the verification queue, employers and their programmes), called with the signed-in person's token.</summary>
public sealed class VolunteersClient(HttpClient http) : ApiClient(http, "volunteers")
{
    /// <summary>Coordinators: the volunteers awaiting verification, oldest first, with the name they gave.</summary>
    public Task<IReadOnlyList<VolunteerToVerify>> VerificationQueueAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<VolunteerToVerify>>("volunteers/verification-queue", cancellationToken);

    /// <summary>Coordinators: vouch for a volunteer (they may then be proposed for sensitive needs).</summary>
    public Task<ApiResult<VolunteerPublicProfile>> VerifyAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<VolunteerPublicProfile>(HttpMethod.Post, $"volunteers/{id}/verify", body: null, cancellationToken);

    /// <summary>Volunteers: their own profile with their personal details and hours (null before they first save one: 404).</summary>
    public Task<MyVolunteerProfile?> GetMyProfileAsync(CancellationToken cancellationToken = default) =>
        GetOrNullAsync<MyVolunteerProfile>("volunteers/me", cancellationToken);

    /// <summary>
    /// Volunteers: create or replace their profile (PUT /volunteers/me). <paramref name="version"/> is the one read (0 for a
    /// first profile): if the profile changed elsewhere since, the service answers 412 and nothing is saved.
    /// </summary>
    public Task<ApiResult<MyVolunteerProfile>> SetMyProfileAsync(VolunteerProfileForm profile, long version, CancellationToken cancellationToken = default) =>
        SendAsync<MyVolunteerProfile>(HttpMethod.Put, "volunteers/me", profile, cancellationToken, ifMatchVersion: version);

    /// <summary>Volunteers: pause (nothing is proposed until they resume) or resume their profile, at the version read.</summary>
    public Task<ApiResult<MyVolunteerProfile>> ChangeParticipationAsync(bool pause, long version, CancellationToken cancellationToken = default) =>
        SendAsync<MyVolunteerProfile>(HttpMethod.Post, pause ? "volunteers/me/pause" : "volunteers/me/resume", body: null, cancellationToken, ifMatchVersion: version);

    /// <summary>Volunteers: enrol in their employer's programme with its invitation code (404: no programme has this code).</summary>
    public Task<ApiResult<Enrolment>> EnrolAsync(string? code, CancellationToken cancellationToken = default) =>
        SendAsync<Enrolment>(HttpMethod.Post, "programmes/enrol", new { code }, cancellationToken);

    public Task<ApiResult<Employer>> RegisterEmployerAsync(EmployerRegistration registration, string attempt, CancellationToken cancellationToken = default) =>
        SendAsync<Employer>(HttpMethod.Post, "employers", registration, cancellationToken, attempt);

    public Task<Employer> GetEmployerAsync(Guid employerId, CancellationToken cancellationToken = default) =>
        GetAsync<Employer>($"employers/{employerId}", cancellationToken);

    public Task<IReadOnlyList<Programme>> ListProgrammesAsync(Guid employerId, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<Programme>>($"employers/{employerId}/programmes", cancellationToken);

    public Task<ApiResult<Programme>> OpenProgrammeAsync(Guid employerId, ProgrammeDraft draft, string attempt, CancellationToken cancellationToken = default) =>
        SendAsync<Programme>(HttpMethod.Post, $"employers/{employerId}/programmes", draft, cancellationToken, attempt);

    /// <summary>The programme, or null when it is not this employer's (404) or the person does not act for it (403).</summary>
    public Task<Programme?> GetProgrammeAsync(Guid employerId, Guid programmeId, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<Programme>($"employers/{employerId}/programmes/{programmeId}", cancellationToken);

    public Task<ProgrammeEmployees> ListEmployeesAsync(Guid employerId, Guid programmeId, CancellationToken cancellationToken = default) =>
        GetAsync<ProgrammeEmployees>($"employers/{employerId}/programmes/{programmeId}/employees", cancellationToken);
}

/// <summary>A volunteer awaiting verification: the anonymous profile, when they joined, the name they gave (coordinators only).</summary>
public sealed record VolunteerToVerify(VolunteerPublicProfile Volunteer, string? DisplayName, DateTimeOffset JoinedAt);

/// <summary>What anyone may see of a volunteer (GET /volunteers/{id}): skills, hours, place, languages; never a name.</summary>
public sealed record VolunteerPublicProfile(
    Guid Id,
    long Version,
    IReadOnlyList<VolunteerSkill> Skills,
    int HoursPerMonth,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    string WorkMode,
    string? Departement,
    int? RadiusKm,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Categories,
    bool Verified,
    bool Paused);

public sealed record VolunteerSkill(string Skill, int Level);

/// <summary>What a volunteer declares (GET /volunteers/me's <c>profile</c>); work mode as the API names it: Remote, OnSite, Hybrid.</summary>
public sealed record VolunteerProfileData(
    IReadOnlyList<VolunteerSkill> Skills,
    int HoursPerMonth,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    string WorkMode,
    string? Departement,
    int? RadiusKm,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Categories,
    bool AcceptsSensitiveNeeds);

/// <summary>
/// A volunteer's own view (GET /volunteers/me): the profile, its status, the personal details kept beside it, the hours a
/// month confirmed matches commit them to and the hours still free.
/// </summary>
public sealed record MyVolunteerProfile(
    Guid Id,
    long Version,
    string? DisplayName,
    string? ContactEmail,
    string? ContactPhone,
    VolunteerProfileData Profile,
    bool Verified,
    bool Paused,
    bool Withdrawn,
    DateTimeOffset JoinedAt,
    int HoursCommitted,
    int HoursFree);

/// <summary>The whole profile as PUT /volunteers/me takes it (the personal details with it).</summary>
public sealed record VolunteerProfileForm(
    string? DisplayName,
    string? ContactEmail,
    string? ContactPhone,
    IReadOnlyList<VolunteerSkill> Skills,
    int? HoursPerMonth,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    string WorkMode,
    string? Departement,
    int? RadiusKm,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Categories,
    bool AcceptsSensitiveNeeds);

/// <summary>An enrolment in an employer's programme (POST /programmes/enrol): whose programme, and the hours a year it lends.</summary>
public sealed record Enrolment(Guid ProgrammeId, Guid EmployerId, string ProgrammeName, int HoursCapPerEmployee, DateOnly Until, DateTimeOffset EnrolledAt);

public sealed record EmployerRegistration(string? CompanyName, string? Siren, string? Siret, string? Turnover);

public sealed record Employer(Guid Id, string CompanyName, string? Siren, string? Siret, string Turnover, DateTimeOffset RegisteredAt);

public sealed record ProgrammeDraft(string? Name, int? AnnualHoursBudget, int? HoursCapPerEmployee, DateOnly? From, DateOnly? Until, decimal? HourlyCost);

public sealed record Programme(
    Guid Id, Guid EmployerId, string Name, int AnnualHoursBudget, int HoursCapPerEmployee, DateOnly From, DateOnly Until, decimal HourlyCost,
    string InvitationCode, bool Open, int Enrolled);

public sealed record EmployeeValuation(Guid EmployeeId, decimal Hours, decimal Cost, decimal Cap, decimal Value);

public sealed record ValuationEstimate(IReadOnlyList<EmployeeValuation> Employees, decimal TotalValue, decimal Ceiling, decimal EligibleValue, decimal CarriedForward, decimal Reduction);

public sealed record EnrolledEmployee(Guid VolunteerId, string? DisplayName, DateTimeOffset EnrolledAt, int HoursCommitted, EmployeeValuation Valuation);

public sealed record ProgrammeEmployees(
    Guid ProgrammeId, Guid EmployerId, int HoursCommitted, IReadOnlyList<EnrolledEmployee> Employees, ValuationEstimate Valuation,
    ValuationEstimate AtCapEstimate, decimal MonthlyPass, string Turnover);
