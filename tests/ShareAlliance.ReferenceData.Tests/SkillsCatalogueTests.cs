using System.Text.RegularExpressions;

namespace ShareAlliance.ReferenceData.Tests;

public sealed partial class SkillsCatalogueTests
{
    [GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$")]
    private static partial Regex SlugFormat();

    [GeneratedRegex("^http://data\\.europa\\.eu/esco/skill/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex EscoSkillUri();

    [Fact]
    public void Catalogue_HasAtLeast150Skills() => Skills.All.Count.ShouldBeGreaterThanOrEqualTo(150);

    [Fact]
    public void Catalogue_IsVersionedAndAcknowledgesEsco()
    {
        Skills.Version.ShouldNotBeNullOrWhiteSpace();
        Skills.EscoVersion.ShouldNotBeNullOrWhiteSpace();
        Skills.Source.ShouldContain("ESCO classification of the European Commission");
    }

    [Fact]
    public void Slugs_AreUnique() => Skills.All.Select(s => s.Slug).ShouldBeUnique();

    [Fact]
    public void Slugs_AreAreaDotName() =>
        Skills.All.Where(s => !SlugFormat().IsMatch(s.Slug) || !s.Slug.StartsWith(s.Area + ".", StringComparison.Ordinal))
            .Select(s => s.Slug).ShouldBeEmpty();

    [Fact]
    public void EverySkill_HasFrenchAndEnglishLabels() =>
        Skills.All.Where(s => string.IsNullOrWhiteSpace(s.Fr) || string.IsNullOrWhiteSpace(s.En))
            .Select(s => s.Slug).ShouldBeEmpty();

    [Fact]
    public void EverySkill_IsInAnAreaOfTheList()
    {
        var areas = Skills.Areas.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        Skills.All.Where(s => !areas.Contains(s.Area)).Select(s => s.Slug).ShouldBeEmpty();
    }

    [Fact]
    public void EveryArea_HasLabelsAndSkills() =>
        Skills.Areas.Where(a => string.IsNullOrWhiteSpace(a.Fr) || string.IsNullOrWhiteSpace(a.En) || Skills.ByArea(a.Code).Count == 0)
            .Select(a => a.Code).ShouldBeEmpty();

    [Fact]
    public void EverySkill_ServesAtLeastOneKnownNeedCategory() =>
        Skills.All.Where(s => s.Categories.Count == 0 || !s.Categories.All(NeedCategories.IsKnown))
            .Select(s => s.Slug).ShouldBeEmpty();

    [Fact]
    public void EveryNeedCategory_IsServedBySomeSkills() =>
        NeedCategories.All.Where(c => Skills.ForCategory(c.Code).Count == 0).Select(c => c.Code).ShouldBeEmpty();

    [Fact]
    public void EverySynonym_IsNonEmpty() =>
        Skills.All.Where(s => s.Synonyms.Any(string.IsNullOrWhiteSpace)).Select(s => s.Slug).ShouldBeEmpty();

    [Fact]
    public void EscoUris_AreWellFormedSkillUris() =>
        Skills.All.Where(s => s.Esco is not null && !EscoSkillUri().IsMatch(s.Esco))
            .Select(s => s.Slug).ShouldBeEmpty();

    [Fact]
    public void EscoUris_PointToOneSkillEach() =>
        Skills.All.Where(s => s.Esco is not null).Select(s => s.Esco).ShouldBeUnique();

    [Theory]
    [InlineData("web.wordpress")]
    [InlineData("data.sql")]
    [InlineData("security.gdpr")]
    [InlineData("ai.prompting")]
    public void SlugsNamedInTheDomain_AreKnown(string slug)
    {
        Skills.IsKnown(slug).ShouldBeTrue();
        Skills.Find(slug)!.Slug.ShouldBe(slug);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("WEB.WORDPRESS")]
    [InlineData("wordpress")]
    public void OtherSlugs_AreUnknown(string? slug) => Skills.IsKnown(slug).ShouldBeFalse();

    [Fact]
    public void ByArea_GivesOnlyThatAreasSkills() =>
        Skills.ByArea("security").ShouldAllBe(s => s.Area == "security");

    [Fact]
    public void UnknownArea_GivesNoSkills() => Skills.ByArea("nope").ShouldBeEmpty();

    [Fact]
    public void ForCategory_GivesSkillsServingIt() =>
        Skills.ForCategory("SECURITY").ShouldContain(s => s.Slug == "security.gdpr");

    [Fact]
    public void HandedOutLists_CannotChangeTheCatalogue()
    {
        Should.Throw<NotSupportedException>(() => ((IList<Skill>)Skills.All).Clear());
        Should.Throw<NotSupportedException>(() => ((IList<string>)Skills.Find("security.gdpr")!.Synonyms).Clear());
    }
}
