namespace ShareAlliance.Web.Services;

/// <summary>The volunteers service's API: employers, their skills-sponsorship programmes and enrolled employees.</summary>
public sealed class VolunteersClient(HttpClient http)
{
    private const string Service = "volunteers";

    public Task<Employer> RegisterEmployerAsync(EmployerRegistration registration, string attempt, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<Employer>(http, Service, ServiceCalls.Post("employers", registration, attempt), cancellationToken);

    public Task<Employer> GetEmployerAsync(Guid employerId, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<Employer>(http, Service, ServiceCalls.Get($"employers/{employerId}"), cancellationToken);

    public Task<IReadOnlyList<Programme>> ListProgrammesAsync(Guid employerId, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<IReadOnlyList<Programme>>(http, Service, ServiceCalls.Get($"employers/{employerId}/programmes"), cancellationToken);

    public Task<Programme> OpenProgrammeAsync(Guid employerId, ProgrammeDraft draft, string attempt, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<Programme>(http, Service, ServiceCalls.Post($"employers/{employerId}/programmes", draft, attempt), cancellationToken);

    public Task<Programme> GetProgrammeAsync(Guid employerId, Guid programmeId, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<Programme>(http, Service, ServiceCalls.Get($"employers/{employerId}/programmes/{programmeId}"), cancellationToken);

    public Task<ProgrammeEmployees> ListEmployeesAsync(Guid employerId, Guid programmeId, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<ProgrammeEmployees>(http, Service, ServiceCalls.Get($"employers/{employerId}/programmes/{programmeId}/employees"), cancellationToken);
}

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
