using System.Text.Json;
using ShareAlliance.DemoData.Plan;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Tests.Plan;

public sealed class VolunteerPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static readonly DemoPlan Alliance = DemoPlan.Create(seed: 2026, associations: 0, needsPerAssociation: 0, Today, volunteers: 60, employers: 3);

    [Fact]
    public void SameSeed_GivesTheSameVolunteersAndEmployers_AnotherSeedOthers()
    {
        Json(DemoPlan.Create(2026, 0, 0, Today, 60, 3)).ShouldBe(Json(Alliance));
        Json(DemoPlan.Create(7, 0, 0, Today, 60, 3).Volunteers).ShouldNotBe(Json(Alliance.Volunteers));
    }

    [Fact]
    public void MoreVolunteersOrAssociations_KeepTheFirstVolunteersAsTheyWere() =>
        Json(DemoPlan.Create(2026, 10, 2, Today, 90, 3).Volunteers.Take(60)).ShouldBe(Json(Alliance.Volunteers));

    [Fact]
    public void Volunteers_PassTheProfileRules()
    {
        Alliance.Volunteers.Select(v => v.Email).ShouldBeUnique();
        foreach (var v in Alliance.Volunteers)
        {
            v.DisplayName.Length.ShouldBeInRange(1, 100);
            v.Skills.Count.ShouldBeInRange(3, 6);
            v.Skills.Select(s => s.Skill).ShouldBeUnique();
            v.Skills.ShouldAllBe(s => Skills.IsKnown(s.Skill) && s.Level >= 1 && s.Level <= 4);
            v.HoursPerMonth.ShouldBeInRange(1, 200);
            Places.IsKnownDepartement(v.Departement).ShouldBeTrue();
            (v.RadiusKm is null).ShouldBe(v.WorkMode == WorkMode.Remote);
            v.Languages[0].ShouldBe("fr");
            v.Causes.ShouldAllBe(c => Causes.IsKnown(c));
            v.Categories.ShouldAllBe(c => NeedCategories.IsKnown(c));
        }
    }

    [Fact]
    public void Volunteers_ShowRealisticVariety()
    {
        var volunteers = Alliance.Volunteers;
        volunteers.Select(v => v.Persona).Distinct().Count().ShouldBe(8);
        volunteers.ShouldContain(v => v.Skills.Any(s => s.Level == 4));
        volunteers.ShouldContain(v => v.Skills.Any(s => s.Level == 1));
        volunteers.Select(v => v.WorkMode).Distinct().Count().ShouldBe(3);
        volunteers.Select(v => v.HoursPerMonth).Distinct().Count().ShouldBeGreaterThan(4);
        volunteers.Select(v => Places.Departement(v.Departement)!.RegionCode).Distinct().Count().ShouldBeGreaterThan(6);
        volunteers.ShouldContain(v => v.Languages.Contains("en"));
        volunteers.ShouldContain(v => v.AcceptsSensitiveNeeds);
        volunteers.Count(v => v.EmployerNumber != null).ShouldBe(20, "one in three gives hours under a programme");
        volunteers.Where(v => v.EmployerNumber != null).Select(v => v.EmployerNumber).Distinct().Count().ShouldBe(3, "every employer has employees");
    }

    [Fact]
    public void Employers_PassTheRegistrationRules_WithAProgrammeForTheYear()
    {
        Alliance.Employers.Count.ShouldBe(3);
        Alliance.Employers.Select(e => e.CompanyName).ShouldBeUnique();
        Alliance.Employers.Select(e => e.Turnover).Distinct().Count().ShouldBe(3);
        foreach (var e in Alliance.Employers)
        {
            FrenchIdentifiers.IsValidSiret(e.Siret).ShouldBeTrue(e.Siret);
            var p = e.Programme;
            p.HoursCapPerEmployee.ShouldBeLessThanOrEqualTo(p.AnnualHoursBudget);
            p.From.ShouldBe(new DateOnly(2026, 1, 1));
            p.Until.ShouldBe(new DateOnly(2026, 12, 31));
            p.Until.ShouldBeGreaterThanOrEqualTo(Today, "employees can still enrol");
            p.HourlyCost.ShouldBeInRange(45m, 90m);
            (p.HourlyCost * 100).ShouldBe(decimal.Truncate(p.HourlyCost * 100));
        }
    }

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
