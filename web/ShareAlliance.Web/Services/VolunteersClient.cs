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
