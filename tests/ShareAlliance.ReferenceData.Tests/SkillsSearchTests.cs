namespace ShareAlliance.ReferenceData.Tests;

public sealed class SkillsSearchTests
{
    [Theory]
    [InlineData("rgpd")]
    [InlineData("RGPD")]
    [InlineData("gdpr")]
    [InlineData("General Data Protection Regulation")]
    public void GdprInEitherLanguage_FindsItFirst(string text) => Skills.Search(text)[0].Slug.ShouldBe("security.gdpr");

    [Theory]
    [InlineData("Sécurité")]
    [InlineData("securite")]
    [InlineData("SÉCURITÉ")]
    [InlineData("sécurite")]
    public void AccentsAndCase_DoNotChangeTheResults(string text)
    {
        var results = Skills.Search(text).Select(s => s.Slug).ToList();

        results.ShouldContain("security.cybersecurity");
        results.ShouldBe(Skills.Search("securite").Select(s => s.Slug).ToList());
    }

    [Theory]
    [InlineData("tableur")]
    [InlineData("spreadsheet")]
    [InlineData("Spreadsheets")]
    [InlineData("Excel")]
    public void LabelOrSynonymInEitherLanguage_FindsTheSkill(string text) =>
        Skills.Search(text)[0].Slug.ShouldBe("collab.spreadsheets");

    [Fact]
    public void ExactLabel_RanksBeforePrefix()
    {
        var results = Skills.Search("WordPress").Select(s => s.Slug).ToList();

        results[0].ShouldBe("web.wordpress");
    }

    [Fact]
    public void PrefixOfAWord_RanksBeforeMatchInsideAWord()
    {
        // "Sécurité du cloud" starts with the word; "Cybersécurité" only contains it.
        var results = Skills.Search("sécurité", LabelLanguage.Fr).Select(s => s.Slug).ToList();

        results.IndexOf("security.cloud-security").ShouldBeLessThan(results.IndexOf("security.cybersecurity"));
    }

    [Fact]
    public void ExactSynonym_RanksBeforeAnotherSkillsWordPrefix()
    {
        // "API" is a synonym of API design, and begins a synonym of LLM integration ("API d'IA").
        var results = Skills.Search("API").Select(s => s.Slug).ToList();

        results[0].ShouldBe("dev.api-design");
        results.ShouldContain("ai.llm-integration");
    }

    [Fact]
    public void Language_RestrictsTheLabelsSearched()
    {
        Skills.Search("Tableur", LabelLanguage.En).ShouldBeEmpty();
        Skills.Search("Spreadsheets", LabelLanguage.Fr).ShouldBeEmpty();
        Skills.Search("Tableur", LabelLanguage.Fr)[0].Slug.ShouldBe("collab.spreadsheets");
    }

    [Fact]
    public void SynonymsOfBothLanguages_AreSearchedWhateverTheLanguage() =>
        Skills.Search("spreadsheet", LabelLanguage.Fr)[0].Slug.ShouldBe("collab.spreadsheets");

    [Fact]
    public void HyphenatedWords_MatchTheirParts() =>
        Skills.Search("mailing").ShouldContain(s => s.Slug == "crm.emailing");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("zzzz-no-such-skill")]
    public void NothingToMatch_FindsNothing(string? text) => Skills.Search(text).ShouldBeEmpty();

    [Fact]
    public void EverySkill_IsFoundFirstByItsOwnLabels() =>
        Skills.All.Where(s => !FoundFirst(s.Fr, LabelLanguage.Fr, s) || !FoundFirst(s.En, LabelLanguage.En, s))
            .Select(s => s.Slug).ShouldBeEmpty();

    // Two skills may share a label ("Cloud computing" is both French and English), so compare labels, not slugs.
    private static bool FoundFirst(string label, LabelLanguage language, Skill skill)
    {
        var results = Skills.Search(label, language);
        return results.Count > 0 && results[0].Label(language) == skill.Label(language);
    }
}
