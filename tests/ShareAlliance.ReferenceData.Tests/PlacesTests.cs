using System.Globalization;

namespace ShareAlliance.ReferenceData.Tests;

public sealed class PlacesTests
{
    private static readonly string[] Overseas = ["971", "972", "973", "974", "976"];

    [Fact]
    public void France_Has101Departements() => Places.Departements.Count.ShouldBe(101);

    [Fact]
    public void France_Has18Regions() => Places.Regions.Count.ShouldBe(18);

    [Fact]
    public void DepartementCodes_AreUnique() => Places.Departements.Select(d => d.Code).ShouldBeUnique();

    [Fact]
    public void DepartementCodes_AreTheOfficialOnes()
    {
        string[] metropolitan = [.. Enumerable.Range(1, 95).Where(n => n != 20).Select(n => n.ToString("00", CultureInfo.InvariantCulture)), "2A", "2B"];

        Places.Departements.Select(d => d.Code).ShouldBe([.. metropolitan, .. Overseas], ignoreOrder: true);
    }

    [Fact]
    public void EveryDepartement_IsInAKnownRegion() =>
        Places.Departements.Where(d => !Places.IsKnownRegion(d.RegionCode)).Select(d => d.Code).ShouldBeEmpty();

    [Fact]
    public void EveryRegion_HasDepartements() =>
        Places.Regions.Where(r => Places.DepartementsIn(r.Code).Count == 0).Select(r => r.Code).ShouldBeEmpty();

    [Fact]
    public void EveryDepartement_HasANameAndAPrefecture() =>
        Places.Departements.Where(d => string.IsNullOrWhiteSpace(d.Name) || string.IsNullOrWhiteSpace(d.Prefecture))
            .Select(d => d.Code).ShouldBeEmpty();

    [Fact]
    public void MetropolitanReferencePoints_AreInMetropolitanFrance() =>
        Places.Departements.Where(d => !d.IsOverseas)
            .Where(d => d.Latitude is < 41.3 or > 51.1 || d.Longitude is < -5.2 or > 9.6)
            .Select(d => d.Code).ShouldBeEmpty();

    [Theory]
    [InlineData("971", 15.8, 16.6, -61.9, -61.0)]
    [InlineData("972", 14.3, 14.9, -61.3, -60.8)]
    [InlineData("973", 2.1, 5.8, -54.6, -51.6)]
    [InlineData("974", -21.4, -20.8, 55.2, 55.9)]
    [InlineData("976", -13.1, -12.6, 45.0, 45.3)]
    public void OverseasReferencePoint_IsInItsTerritory(string code, double south, double north, double west, double east)
    {
        var departement = Places.Departement(code)!;

        departement.IsOverseas.ShouldBeTrue();
        departement.Latitude.ShouldBeInRange(south, north);
        departement.Longitude.ShouldBeInRange(west, east);
    }

    [Fact]
    public void ParisToLyon_IsAbout392Km() => Places.DistanceKm("75", "69").ShouldBe(392, tolerance: 10);

    [Fact]
    public void Distance_IsSymmetricAndZeroToItself()
    {
        Places.DistanceKm("2A", "59").ShouldBe(Places.DistanceKm("59", "2A"), tolerance: 1e-9);
        Places.DistanceKm("33", "33").ShouldBe(0, tolerance: 1e-9);
    }

    [Fact]
    public void DistanceToAPoint_UsesThePrefecture()
    {
        var lyon = Places.Departement("69")!;

        Places.DistanceKm("75", lyon.Latitude, lyon.Longitude).ShouldBe(Places.DistanceKm("75", "69"), tolerance: 1e-9);
        Places.DistanceKm("13", 43.2965, 5.3698).ShouldBeLessThan(1);
    }

    [Fact]
    public void DistanceFromAnUnknownDepartement_IsRefusedNamingIt() =>
        Should.Throw<ArgumentException>(() => Places.DistanceKm("20", "75")).ParamName.ShouldBe("fromDepartement");

    [Theory]
    [InlineData("01", "Ain", "84")]
    [InlineData("2A", "Corse-du-Sud", "94")]
    [InlineData("75", "Paris", "11")]
    [InlineData("974", "La Réunion", "04")]
    public void DepartementByCode_HasItsNameAndRegion(string code, string name, string region)
    {
        var departement = Places.Departement(code)!;

        departement.Name.ShouldBe(name);
        departement.RegionCode.ShouldBe(region);
        Places.IsKnownDepartement(code).ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1")]
    [InlineData("20")]
    [InlineData("2a")]
    [InlineData("975")]
    [InlineData("99")]
    public void OtherCodes_AreNotDepartements(string? code) => Places.IsKnownDepartement(code).ShouldBeFalse();

    [Fact]
    public void DepartementsIn_GivesTheRegionsDepartements() =>
        Places.DepartementsIn("53").Select(d => d.Code).ShouldBe(["22", "29", "35", "56"], ignoreOrder: true);

    [Fact]
    public void DepartementsInUnknownRegion_IsEmpty() => Places.DepartementsIn("99").ShouldBeEmpty();
}
