using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Tests.Domain;

/// <summary>Worked examples of DOMAIN.md's mécénat de compétences rules, computed by hand in each comment.</summary>
public sealed class SponsorshipValuationTests
{
    private const decimal Pass2026 = 4_005m;
    private const decimal Pass2025 = 3_925m;

    private static readonly MonthlyPassTable Pass = new(new Dictionary<int, decimal> { [2025] = Pass2025, [2026] = Pass2026 });

    private static EmployeeWork Work(decimal hours, int months = 1) => new(Guid.NewGuid(), hours, months);

    [Fact]
    public void UnderTheCap_ValueIsHoursTimesCostAndReductionSixtyPercent()
    {
        // 100 h × 50 € = 5 000 € < 3 × 4 005 € = 12 015 €; ceiling 20 000 € (0.5 % of 1 M€ is only 5 000 €); 60 % → 3 000 €.
        var estimate = SponsorshipValuation.Estimate([Work(100)], hourlyCost: 50m, Pass2026, annualTurnover: 1_000_000m);

        estimate.Employees.ShouldHaveSingleItem().Value.ShouldBe(5_000m);
        estimate.TotalValue.ShouldBe(5_000m);
        estimate.Ceiling.ShouldBe(20_000m);
        estimate.CarriedForward.ShouldBe(0m);
        estimate.Reduction.ShouldBe(3_000m);
    }

    [Fact]
    public void OverThreeTimesPass_EmployeeValueIsCappedForTheMonth()
    {
        // 150 h × 120 € = 18 000 €, capped at 12 015 € for one month of work; 60 % → 7 209 €.
        var estimate = SponsorshipValuation.Estimate([Work(150)], 120m, Pass2026, 1_000_000m);

        var employee = estimate.Employees.ShouldHaveSingleItem();
        employee.Cost.ShouldBe(18_000m);
        employee.Cap.ShouldBe(12_015m);
        employee.Value.ShouldBe(12_015m);
        estimate.Reduction.ShouldBe(7_209m);
    }

    [Fact]
    public void SameHoursOverTwoMonths_AreUnderTheCap()
    {
        // The cap is per month of work: 2 × 12 015 € = 24 030 € > 18 000 €.
        var estimate = SponsorshipValuation.Estimate([Work(150, months: 2)], 120m, Pass2026, 1_000_000m);

        estimate.TotalValue.ShouldBe(18_000m);
        estimate.Reduction.ShouldBe(10_800m);
    }

    [Fact]
    public void CapIsPerEmployee_NeverPooled()
    {
        // One employee over the cap (18 000 → 12 015 €), one under (40 h × 120 € = 4 800 €): 16 815 €, not 22 800 €.
        var estimate = SponsorshipValuation.Estimate([Work(150), Work(40)], 120m, Pass2026, 1_000_000m);

        estimate.TotalValue.ShouldBe(16_815m);
    }

    [Fact]
    public void OverTwentyThousandCeiling_OnlyTheCeilingIsReducedAndTheRestCarriedForward()
    {
        // Two employees at 80 h × 150 € = 12 000 € (under the cap): 24 000 €. Turnover 2 M€: 0.5 % = 10 000 € < 20 000 €,
        // so the ceiling is 20 000 €: reduction 60 % × 20 000 € = 12 000 €, 4 000 € carried forward.
        var estimate = SponsorshipValuation.Estimate([Work(80), Work(80)], 150m, Pass2026, 2_000_000m);

        estimate.TotalValue.ShouldBe(24_000m);
        estimate.Ceiling.ShouldBe(20_000m);
        estimate.EligibleValue.ShouldBe(20_000m);
        estimate.CarriedForward.ShouldBe(4_000m);
        estimate.Reduction.ShouldBe(12_000m);
    }

    [Fact]
    public void HalfPercentOfTurnoverAboveTwentyThousand_IsTheCeiling()
    {
        // Same 24 000 €, turnover 10 M€: 0.5 % = 50 000 € > 20 000 €, so all of it counts: 60 % → 14 400 €.
        var estimate = SponsorshipValuation.Estimate([Work(80), Work(80)], 150m, Pass2026, 10_000_000m);

        estimate.Ceiling.ShouldBe(50_000m);
        estimate.CarriedForward.ShouldBe(0m);
        estimate.Reduction.ShouldBe(14_400m);
    }

    [Fact]
    public void AboveTwoMillion_ThePartAboveIsReducedAtFortyPercent()
    {
        // 250 employees × 100 h × 100 € = 10 000 € each (under the cap): 2 500 000 €. Turnover 1 000 M€: ceiling 5 M€.
        // 60 % × 2 000 000 € + 40 % × 500 000 € = 1 200 000 € + 200 000 € = 1 400 000 €.
        var estimate = SponsorshipValuation.Estimate(Enumerable.Range(0, 250).Select(_ => Work(100)), 100m, Pass2026, 1_000_000_000m);

        estimate.TotalValue.ShouldBe(2_500_000m);
        estimate.Ceiling.ShouldBe(5_000_000m);
        estimate.Reduction.ShouldBe(1_400_000m);
    }

    [Fact]
    public void AnotherYearsPass_GivesThatYearsCap()
    {
        // PASS 2025: 3 925 € a month → cap 11 775 € (2026: 12 015 €). 150 h × 120 € = 18 000 € → 11 775 €; 60 % → 7 065 €.
        var estimate2025 = SponsorshipValuation.Estimate([Work(150)], 120m, Pass.For(2025), 1_000_000m);
        var estimate2026 = SponsorshipValuation.Estimate([Work(150)], 120m, Pass.For(2026), 1_000_000m);

        estimate2025.Employees.ShouldHaveSingleItem().Cap.ShouldBe(11_775m);
        estimate2025.Reduction.ShouldBe(7_065m);
        estimate2026.Employees.ShouldHaveSingleItem().Cap.ShouldBe(12_015m);
    }

    [Fact]
    public void YearNotConfiguredYet_TakesTheLatestKnownPass() => Pass.For(2027).ShouldBe(Pass2026);

    [Fact]
    public void NoHoursYet_ValuesNothing()
    {
        var estimate = SponsorshipValuation.Estimate([Work(0, months: 12)], 55.5m, Pass2026, 0m);

        estimate.TotalValue.ShouldBe(0m);
        estimate.Reduction.ShouldBe(0m);
    }
}
