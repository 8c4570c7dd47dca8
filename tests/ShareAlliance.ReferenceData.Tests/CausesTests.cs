namespace ShareAlliance.ReferenceData.Tests;

public sealed class CausesTests
{
    [Fact]
    public void Catalogue_HasUniqueCodesWithBothLabels()
    {
        Causes.All.Count.ShouldBeGreaterThanOrEqualTo(10);
        Causes.All.Select(c => c.Code).ShouldBeUnique();
        Causes.All.ShouldAllBe(c => c.Fr.Length > 0 && c.En.Length > 0);
    }

    [Theory]
    [InlineData("health", true)]
    [InlineData("Health", false)]
    [InlineData("gardening", false)]
    [InlineData(null, false)]
    public void IsKnown_MatchesExactCodes(string? code, bool known) => Causes.IsKnown(code).ShouldBe(known);
}
