using System.Security.Cryptography;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Volunteers.Domain;

public sealed record ProgrammeTerms(string Name, int AnnualHoursBudget, int HoursCapPerEmployee, DateOnly From, DateOnly Until, decimal HourlyCost);

public sealed record ProgrammeOpened(Guid ProgrammeId, Guid EmployerId, ProgrammeTerms Terms, string InvitationCode, Guid OpenedBy, DateTimeOffset OpenedAt);

public sealed record ProgrammeClosed(Guid ProgrammeId, Guid EmployerId, Guid ClosedBy, DateTimeOffset ClosedAt);

public sealed record EmployeeEnrolled(Guid ProgrammeId, Guid EmployerId, Guid VolunteerId, int HoursCapPerEmployee, DateTimeOffset EnrolledAt);

/// <summary>
/// An employee in a programme. <see cref="HoursCommitted"/> stays 0 until matching confirms hours given under the
/// programme (a later consumer sets it); the employer's valuation is computed from it.
/// </summary>
public sealed record Enrolment(Guid VolunteerId, DateTimeOffset EnrolledAt, int HoursCommitted);

/// <summary>
/// A skills-sponsorship programme (mécénat de compétences): a yearly budget of hours, a cap per employee, a period, and
/// an invitation code employees enrol with.
/// </summary>
public sealed record Programme(Guid Id, Guid EmployerId, ProgrammeTerms Terms, string InvitationCode, bool Open, IReadOnlyList<Enrolment> Enrolments)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I: read aloud and typed by hand
    private const int CodeLength = 10;

    public long Version { get; set; }

    public static ProgrammeOpened OpenNew(Guid id, Guid employerId, ProgrammeTerms terms, Guid by, DateTimeOffset now) =>
        new(id, employerId, terms with { Name = terms.Name.Trim() }, NewInvitationCode(), by, now);

    public ProgrammeClosed Close(Guid by, DateTimeOffset now) => Open
        ? new(Id, EmployerId, by, now)
        : throw new RuleViolationException("programme-closed", "This programme is already closed.");

    public EmployeeEnrolled Enrol(Guid volunteerId, DateTimeOffset now)
    {
        if (!Open || DateOnly.FromDateTime(now.UtcDateTime) > Terms.Until)
        {
            throw new RuleViolationException("programme-closed", "This programme no longer takes enrolments.");
        }

        return Enrolments.Any(e => e.VolunteerId == volunteerId)
            ? throw new RuleViolationException("already-enrolled", "You are already enrolled in this programme.")
            : new(Id, EmployerId, volunteerId, Terms.HoursCapPerEmployee, now);
    }

    /// <summary>Calendar months the period touches: the per-employee cap is 3 × PASS for each month of work.</summary>
    public int MonthsOfWork => ((Terms.Until.Year - Terms.From.Year) * 12) + Terms.Until.Month - Terms.From.Month + 1;

    public Programme Next(object decided) => decided switch
    {
        ProgrammeClosed e => Apply(e),
        EmployeeEnrolled e => Apply(e),
        _ => throw new ArgumentException($"{decided.GetType().Name} is not a change of an existing programme.", nameof(decided)),
    };

    public static Programme Create(ProgrammeOpened e) => new(e.ProgrammeId, e.EmployerId, e.Terms, e.InvitationCode, Open: true, []);

    public Programme Apply(ProgrammeClosed _) => this with { Open = false };

    public Programme Apply(EmployeeEnrolled e) => this with { Enrolments = [.. Enrolments, new Enrolment(e.VolunteerId, e.EnrolledAt, 0)] };

    public static string NormaliseCode(string code) => code.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static string NewInvitationCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);
}
