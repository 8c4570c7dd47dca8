namespace ShareAlliance.DemoData.Plan;

public sealed record SkillLevelPlan(string Skill, int Level);

/// <summary>One volunteer as they fill in their profile, and the employer whose programme they enrol in (if any).</summary>
public sealed record VolunteerPlan(
    int Number,
    string Email,
    string DisplayName,
    string Persona,
    IReadOnlyList<SkillLevelPlan> Skills,
    int HoursPerMonth,
    WorkMode WorkMode,
    string Departement,
    int? RadiusKm,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Categories,
    bool AcceptsSensitiveNeeds,
    int? EmployerNumber);

/// <summary>A company's sponsorship programme over one calendar year; hourly cost = salary + employer charges, in euros.</summary>
public sealed record ProgrammePlan(string Name, int AnnualHoursBudget, int HoursCapPerEmployee, DateOnly From, DateOnly Until, decimal HourlyCost);

/// <summary>One employer as its admin registers it (turnover band as the volunteers API names it), and its programme.</summary>
public sealed record EmployerPlan(int Number, string AdminEmail, string CompanyName, string Siret, string Turnover, ProgrammePlan Programme);
