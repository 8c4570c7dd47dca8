using System.Text.Json;
using ShareAlliance.DemoData.Plan;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Tests.Plan;

public sealed class FunderPlanTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static readonly DemoPlan Alliance = DemoPlan.Create(seed: 2026, associations: 40, needsPerAssociation: 3, Today, funders: 4);

    [Fact]
    public void SameSeed_GivesTheSameFunders_AndAnotherSeedOthers()
    {
        Json(DemoPlan.Create(2026, 40, 3, Today, funders: 4).Funders).ShouldBe(Json(Alliance.Funders));
        Json(DemoPlan.Create(7, 40, 3, Today, funders: 4).Funders).ShouldNotBe(Json(Alliance.Funders));
    }

    [Fact]
    public void FewerFunders_KeepTheFirstOnesAsTheyWere_AndTheAssociationsUnchanged()
    {
        var smaller = DemoPlan.Create(2026, 40, 3, Today, funders: 2);

        Json(smaller.Funders).ShouldBe(Json(Alliance.Funders.Take(2)));
        Json(smaller.Associations).ShouldBe(Json(DemoPlan.Create(2026, 40, 3, Today).Associations), "funders are a section of their own: association keys still match");
    }

    [Fact]
    public void Funders_AreOneOfEachKind_AndPassTheRegistrationRules()
    {
        Alliance.Funders.Select(f => f.Type).ShouldBe(["Foundation", "EndowmentFund", "Company", "PublicBody"]);
        Alliance.Funders.Select(f => f.Name).ShouldBeUnique();
        Alliance.Funders.Select(f => f.MemberEmail).ShouldBeUnique();
        Alliance.Funders.ShouldAllBe(f => f.Siren == null || FrenchIdentifiers.IsValidSiren(f.Siren));
        Alliance.Funders.ShouldContain(f => f.Siren != null);
    }

    [Fact]
    public void Offers_PassTheDraftingRules_AndPledgeSeveralTimes()
    {
        var offers = Alliance.Funders.SelectMany(f => f.Offers).ToList();
        offers.ShouldAllBe(o => o.Title.Length <= 200 && o.Description.Length <= 4_000);
        offers.ShouldAllBe(o => o.TotalBudget > 0 && decimal.Round(o.TotalBudget, 2) == o.TotalBudget);
        offers.ShouldAllBe(o => o.MaximumPerNeed > 0 && o.MaximumPerNeed <= o.TotalBudget && decimal.Round(o.MaximumPerNeed, 2) == o.MaximumPerNeed);
        offers.ShouldAllBe(o => o.Categories.Count > 0 && o.Categories.All(NeedCategories.IsKnown));
        offers.ShouldAllBe(o => o.Regions.All(Places.IsKnownRegion) && o.Departements.All(Places.IsKnownDepartement));
        offers.ShouldAllBe(o => o.Deadline > Today);
        offers.ShouldAllBe(o => o.PledgeShares.Count >= 2 && o.PledgeShares.All(s => s > 0 && s <= 100));
        Alliance.Funders.Single(f => f.Type == "PublicBody").Offers.ShouldAllBe(o => o.Regions.Count == 1, "a public body funds its territory");
    }

    [Fact]
    public void MoreThanFourFunders_IsRefused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => DemoPlan.Create(2026, 1, 1, Today, funders: 5));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
