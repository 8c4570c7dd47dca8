namespace ShareAlliance.Volunteers.Domain;

/// <summary>Hours one employee gave under a programme, and over how many calendar months.</summary>
public sealed record EmployeeWork(Guid EmployeeId, decimal Hours, int MonthsOfWork);

/// <summary>One employee's valued cost: hours × hourly cost, then the 3 × PASS cap for their months of work.</summary>
public sealed record EmployeeValuation(Guid EmployeeId, decimal Hours, decimal Cost, decimal Cap, decimal Value);

/// <summary>
/// The figures an employer prepares its receipt request with (the association issues Cerfa n° 16216*01; the platform
/// issues nothing): <see cref="TotalValue"/> is what the hours are worth, <see cref="EligibleValue"/> the part within the
/// ceiling, <see cref="CarriedForward"/> the part above it, <see cref="Reduction"/> the tax reduction on the eligible part.
/// </summary>
public sealed record ValuationEstimate(
    IReadOnlyList<EmployeeValuation> Employees,
    decimal TotalValue,
    decimal Ceiling,
    decimal EligibleValue,
    decimal CarriedForward,
    decimal Reduction);

/// <summary>
/// The valuation of skills sponsorship (mécénat de compétences, art. 238 bis CGI), as DOMAIN.md states it. Pure: no clock,
/// no configuration — the monthly PASS of the year is passed in (<see cref="MonthlyPassTable"/> reads it from settings).
/// <para>
/// How DOMAIN.md is read here, and why:
/// 1. Value per employee = hourly cost (salary + employer charges) × hours, capped at 3 × the monthly PASS for each
///    calendar month of work (PASS 2026: 4 005 € → 12 015 € a month). The cap is per employee, never pooled.
/// 2. "Within €20,000 or 0.5 % of turnover (the higher)" bounds the <em>value taken into account</em> (the donations),
///    not the reduction: eligible = min(total value, max(20 000 €, 0.5 % × annual turnover)). As the law allows, the
///    part above the ceiling is not lost but carried forward to the next five years; it is reported, not reduced here.
/// 3. "60 %, 40 % above €2 M a year": the rate applies by tranche of the eligible value — 60 % on the first 2 000 000 €,
///    40 % on what exceeds it (so only companies whose 0.5 % ceiling passes 2 M€, i.e. turnover above 400 M€, see it).
///    The 60 % rate that the law keeps above 2 M€ for bodies providing free meals or care is not modelled.
/// Amounts are euros, rounded to the cent (half away from zero) per employee and on each total.
/// </para>
/// </summary>
public static class SponsorshipValuation
{
    public const decimal PassMultiple = 3m;
    public const decimal MinimumCeiling = 20_000m;
    public const decimal TurnoverShare = 0.005m;
    public const decimal UpperTrancheThreshold = 2_000_000m;
    public const decimal Rate = 0.60m;
    public const decimal UpperTrancheRate = 0.40m;

    public static ValuationEstimate Estimate(IEnumerable<EmployeeWork> work, decimal hourlyCost, decimal monthlyPass, decimal annualTurnover)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hourlyCost);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(monthlyPass);
        ArgumentOutOfRangeException.ThrowIfNegative(annualTurnover);

        var employees = work.Select(w => Employee(w, hourlyCost, monthlyPass)).ToList();
        var total = employees.Sum(e => e.Value);
        var ceiling = Cents(Math.Max(MinimumCeiling, TurnoverShare * annualTurnover));
        var eligible = Math.Min(total, ceiling);
        var reduction = (Rate * Math.Min(eligible, UpperTrancheThreshold)) + (UpperTrancheRate * Math.Max(0m, eligible - UpperTrancheThreshold));
        return new(employees, total, ceiling, eligible, total - eligible, Cents(reduction));
    }

    private static EmployeeValuation Employee(EmployeeWork w, decimal hourlyCost, decimal monthlyPass)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(w.Hours);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(w.MonthsOfWork);
        var cost = Cents(w.Hours * hourlyCost);
        var cap = Cents(PassMultiple * monthlyPass * w.MonthsOfWork);
        return new(w.EmployeeId, w.Hours, cost, cap, Math.Min(cost, cap));
    }

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
