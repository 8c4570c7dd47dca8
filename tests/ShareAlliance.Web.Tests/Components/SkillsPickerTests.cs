using Bunit;
using ShareAlliance.Web.Components.Shared;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web.Tests.Components;

public sealed class SkillsPickerTests
{
    [Theory]
    [InlineData("sauvegarde")]
    [InlineData("backup")]
    public void SearchInFrenchOrEnglish_OffersTheCatalogueSkill_NamedInFrench(string typed)
    {
        using var context = WebTestContext.Create(_ => throw new InvalidOperationException("no call expected"));
        var picker = context.Render<SkillsPicker>();

        picker.Find("#skill-search").Input(typed);

        picker.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Ajouter : Sauvegardes");
        picker.Find("[data-testid=skill-result-count]").TextContent.ShouldEndWith("compétences trouvées");
    }

    [Fact]
    public void InEnglish_TheSameSkillIsNamedInEnglish()
    {
        using var context = WebTestContext.Create(_ => throw new InvalidOperationException("no call expected"), "en-GB");
        var picker = context.Render<SkillsPicker>();

        picker.Find("#skill-search").Input("sauvegarde");

        picker.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Add: Backups");
    }

    [Fact]
    public void ChosenSkill_StartsAtLevelTwo_CanBeRaised_AndRemoved()
    {
        using var context = WebTestContext.Create(_ => throw new InvalidOperationException("no call expected"));
        IReadOnlyList<RequiredSkill> value = [];
        var picker = context.Render<SkillsPicker>(p => p.Add(x => x.Value, value).Add(x => x.ValueChanged, v => value = v));

        picker.Find("#skill-search").Input("sauvegarde");
        picker.FindAll("button").First(b => b.TextContent.Contains("Sauvegardes", StringComparison.Ordinal)).Click();
        value.ShouldBe([new RequiredSkill("security.backups", 2)]);
        picker.Render(p => p.Add(x => x.Value, value));

        picker.Find("label[for='level-security.backups']").TextContent.ShouldBe("Niveau minimum");
        picker.Find("#level-security\\.backups").Change("3");
        value.ShouldBe([new RequiredSkill("security.backups", 3)]);
        picker.Render(p => p.Add(x => x.Value, value));

        picker.Find("[aria-label='Retirer Sauvegardes']").Click();
        value.ShouldBeEmpty();
    }

    [Fact]
    public void Error_IsShownUnderThePickerAndNamedByItsFieldset()
    {
        using var context = WebTestContext.Create(_ => throw new InvalidOperationException("no call expected"));

        var picker = context.Render<SkillsPicker>(p => p.Add(x => x.Error, "Ajoutez au moins une compétence."));

        picker.Find("fieldset").GetAttribute("aria-describedby").ShouldBe("skills-error");
        picker.Find("#skills-error").TextContent.ShouldBe("Ajoutez au moins une compétence.");
    }
}
