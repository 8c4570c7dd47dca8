using System.Security.Cryptography;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Volunteers.Domain;

public sealed record ProgrammeTerms(string Name, int AnnualHoursBudget, int HoursCapPerEmployee, DateOnly From, DateOnly Until, decimal HourlyCost);

public sealed record ProgrammeOpened(Guid ProgrammeId, Guid EmployerId, ProgrammeTerms Terms, string InvitationCode, Guid OpenedBy, DateTimeOffset OpenedAt);

public sealed record ProgrammeClosed(Guid ProgrammeId, Guid EmployerId, Guid ClosedBy, DateTimeOffset ClosedAt);

public sealed record EmployeeEnrolled(Guid ProgrammeId, Guid EmployerId, Guid VolunteerId, int HoursCapPerEmployee, DateTimeOffset EnrolledAt);

/// <summary>An employee in a programme; the hours they commit under it come from their confirmed matches (<see cref="Programme.HoursCommitted"/>).</summary>
public sealed record Enrolment(Guid VolunteerId, DateTimeOffset EnrolledAt);

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

    /// <summary>
    /// Hours an employee's confirmed matches commit within the programme's period, within the per-employee cap: each
    /// match's hours a month for every calendar month from its confirmation (or the period's start) to its end (or the
    /// period's end). What the employer plans and values — an estimate until the hours given are reported.
    /// </summary>
    public int HoursCommitted(IEnumerable<VolunteerMatch> matchesOfEmployee)
    {
        var hours = 0;
        foreach (var match in matchesOfEmployee)
        {
            if (match.ConfirmedAt is not { } confirmedAt)
            {
                continue;
            }

            var first = Later(DateOnly.FromDateTime(confirmedAt.UtcDateTime), Terms.From);
            var last = match.Stage == MatchStage.Ended ? Earlier(DateOnly.FromDateTime(match.ChangedAt.UtcDateTime), Terms.Until) : Terms.Until;
            hours += match.HoursPerMonth * MonthsTouched(first, last);
        }

        return Math.Min(hours, Terms.HoursCapPerEmployee);
    }

    /// <summary>Calendar months the period touches: the per-employee cap is 3 × PASS for each month of work.</summary>
    public int MonthsOfWork => MonthsTouched(Terms.From, Terms.Until);

    private static int MonthsTouched(DateOnly first, DateOnly last) =>
        last < first ? 0 : ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    public Programme Next(object decided) => decided switch
    {
        ProgrammeClosed e => Apply(e),
        EmployeeEnrolled e => Apply(e),
        _ => throw new ArgumentException($"{decided.GetType().Name} is not a change of an existing programme.", nameof(decided)),
    };

    public static Programme Create(ProgrammeOpened e) => new(e.ProgrammeId, e.EmployerId, e.Terms, e.InvitationCode, Open: true, []);

    public Programme Apply(ProgrammeClosed _) => this with { Open = false };

    public Programme Apply(EmployeeEnrolled e) => this with { Enrolments = [.. Enrolments, new Enrolment(e.VolunteerId, e.EnrolledAt)] };

    public static string NormaliseCode(string code) => code.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    private static string NewInvitationCode() => RandomNumberGenerator.GetString(CodeAlphabet, CodeLength);
}
