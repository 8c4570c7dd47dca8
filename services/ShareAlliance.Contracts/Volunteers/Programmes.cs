namespace ShareAlliance.Contracts.Volunteers;

/// <summary>An employer opened a skills-sponsorship programme (mécénat de compétences): its employees may enrol with its invitation code.</summary>
/// <param name="ProgrammeId">The programme's id.</param>
/// <param name="EmployerId">The employer that runs it.</param>
/// <param name="Version">The programme's stream version.</param>
/// <param name="AnnualHoursBudget">Hours the employer lends a year across all its employees.</param>
/// <param name="HoursCapPerEmployee">Hours a year one employee may give under the programme.</param>
/// <param name="From">First day of the programme's period.</param>
/// <param name="Until">Last day of the programme's period.</param>
/// <param name="OpenedAt">When it opened.</param>
public sealed record ProgrammeOpened(
    Guid ProgrammeId,
    Guid EmployerId,
    long Version,
    int AnnualHoursBudget,
    int HoursCapPerEmployee,
    DateOnly From,
    DateOnly Until,
    DateTimeOffset OpenedAt);

/// <summary>An employer closed a programme: its employees give no more sponsored hours under it.</summary>
/// <param name="ProgrammeId">The programme's id.</param>
/// <param name="EmployerId">The employer that runs it.</param>
/// <param name="Version">The programme's stream version after closing.</param>
/// <param name="ClosedAt">When it closed.</param>
public sealed record ProgrammeClosed(Guid ProgrammeId, Guid EmployerId, long Version, DateTimeOffset ClosedAt);

/// <summary>A volunteer enrolled in their employer's programme with its invitation code: their hours are now sponsored.</summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="EmployerId">The employer (matching spreads a team across employers).</param>
/// <param name="VolunteerId">The volunteer (their user id).</param>
/// <param name="HoursCapPerEmployee">Hours a year this employee may give under the programme.</param>
/// <param name="EnrolledAt">When they enrolled.</param>
public sealed record EmployeeEnrolled(Guid ProgrammeId, Guid EmployerId, Guid VolunteerId, int HoursCapPerEmployee, DateTimeOffset EnrolledAt);
