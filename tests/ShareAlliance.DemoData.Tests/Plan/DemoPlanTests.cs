using System.Text.Json;
using ShareAlliance.DemoData.Plan;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Tests.Plan;

public sealed class DemoPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static readonly DemoPlan Alliance = DemoPlan.Create(seed: 2026, associations: 40, needsPerAssociation: 3, Today);

    [Fact]
    public void SameSeed_GivesTheSameAlliance() =>
        Json(DemoPlan.Create(2026, 40, 3, Today)).ShouldBe(Json(Alliance));

    [Fact]
    public void AnotherSeed_GivesAnotherAlliance() =>
        Json(DemoPlan.Create(7, 40, 3, Today)).ShouldNotBe(Json(Alliance));

    [Fact]
    public void LargerAlliance_KeepsTheFirstAssociationsAsTheyWere()
    {
        // The Idempotency-Keys of a re-run with other counts still meet the same content.
        var larger = DemoPlan.Create(2026, 60, 5, Today);

        Json(larger.Associations.Take(40).Select(a => a with { Needs = [.. a.Needs.Take(3)] })).ShouldBe(Json(Alliance.Associations));
    }

    [Fact]
    public void Associations_PassTheRegistrationRules()
    {
        Alliance.Associations.Select(a => a.Name).ShouldBeUnique();
        Alliance.Associations.ShouldAllBe(a => a.Name.Length <= 200 && a.Description.Length <= 2_000 && a.City.Length <= 100);
        Alliance.Associations.ShouldAllBe(a => Places.IsKnownDepartement(a.Departement));
        Alliance.Associations.ShouldAllBe(a => a.Causes.Count > 0 && a.Causes.All(Causes.IsKnown));
        Alliance.Associations.ShouldAllBe(a => a.Rna == null || FrenchIdentifiers.IsValidRna(a.Rna));
        Alliance.Associations.ShouldAllBe(a => a.Siren == null || FrenchIdentifiers.IsValidSiren(a.Siren));
        Alliance.Associations.ShouldAllBe(a => a.Siret == null || (FrenchIdentifiers.IsValidSiret(a.Siret) && a.Siret.StartsWith(a.Siren!, StringComparison.Ordinal)));
        Alliance.Associations.ShouldAllBe(a => a.Rna != null || a.Siren != null || a.IsAlsaceMoselle);
    }

    [Fact]
    public void Alliance_ShowsEveryCaseTheBriefAsksFor()
    {
        Alliance.Associations.Count(a => a.Review.Decision == ReviewDecision.Reject && !string.IsNullOrWhiteSpace(a.Review.Reason)).ShouldBe(1);
        Alliance.Associations.Count(a => a.Review.Decision == ReviewDecision.Leave).ShouldBeInRange(2, 8);
        Alliance.Associations.ShouldContain(a => a.IsAlsaceMoselle && a.Rna == null);
        Alliance.Associations.ShouldContain(a => a.Siret != null);
        Alliance.Associations.Select(a => Places.Departement(a.Departement)!.RegionCode).Distinct().Count().ShouldBeGreaterThan(8);

        var needs = Alliance.Needs.ToList();
        needs.Select(n => n.Category).Distinct().Count().ShouldBe(NeedCategories.All.Count);
        needs.ShouldContain(n => n.Languages[0] == "en");
        needs.ShouldContain(n => n.Budget != null && decimal.Truncate(n.Budget.Value) != n.Budget.Value);
        needs.ShouldContain(n => n.Sensitive);
        needs.ShouldContain(n => n.Fate == NeedFate.Cancel && !string.IsNullOrWhiteSpace(n.CancellationReason));
        needs.ShouldContain(n => n.Fate == NeedFate.KeepDraft);
    }

    [Fact]
    public void Needs_PassTheDraftingRules()
    {
        foreach (var need in Alliance.Needs)
        {
            var ofCategory = Skills.ForCategory(need.Category).Select(s => s.Slug).ToHashSet();
            NeedCategories.IsKnown(need.Category).ShouldBeTrue();
            need.Title.Length.ShouldBeInRange(1, 120);
            need.Description.Length.ShouldBeLessThanOrEqualTo(4_000);
            need.Description.ShouldNotContain("{");
            need.EffortHours.ShouldBeInRange(1, 2_000);
            need.Deadline.ShouldBeGreaterThan(Today);
            need.RequiredSkills.Count.ShouldBeInRange(1, 20);
            need.RequiredSkills.Select(s => s.Skill).ShouldBeUnique();
            need.RequiredSkills.ShouldAllBe(s => ofCategory.Contains(s.Skill) && s.MinimumLevel >= 1 && s.MinimumLevel <= 4);
            need.Languages.ShouldAllBe(l => l.Length == 2);
            (need.Place is null).ShouldBe(need.WorkMode == WorkMode.Remote);
            if (need.Budget is { } budget)
            {
                budget.ShouldBeInRange(0m, 1_000_000m);
                (budget * 100).ShouldBe(decimal.Truncate(budget * 100));
            }
        }
    }

    [Fact]
    public void Templates_NameOnlySkillsOfTheirCategory() =>
        NeedTemplates.All.SelectMany(t => t.Skills.Where(s => !Skills.ForCategory(t.Category).Any(k => k.Slug == s)).Select(s => $"{t.Category} {s}"))
            .ShouldBeEmpty();

    private static string Json(object value) => JsonSerializer.Serialize(value);
}
