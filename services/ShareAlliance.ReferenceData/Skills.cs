using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ShareAlliance.ReferenceData;

public enum LabelLanguage
{
    Fr,
    En,
}

public sealed record SkillArea(string Code, string Fr, string En);

/// <summary>A catalogue skill; <c>Esco</c> is the ESCO skill URI when one was verified for the same concept.</summary>
public sealed record Skill(
    string Slug,
    string Area,
    string Fr,
    string En,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Categories,
    string? Esco)
{
    public string Label(LabelLanguage language) => language == LabelLanguage.En ? En : Fr;
}

/// <summary>The digital skills catalogue, loaded once from the embedded <c>skills.json</c>.</summary>
public static class Skills
{
    private sealed record SkillFile(
        string Version,
        string Source,
        string EscoVersion,
        IReadOnlyList<SkillArea> Areas,
        IReadOnlyList<Skill> Skills);

    private static readonly SkillFile File = EmbeddedJson.Load<SkillFile>("skills.json");

    // The deserialised lists are mutable; every list handed out is immutable so no caller can alter the catalogue.
    private static readonly ImmutableArray<Skill> Catalogue = [.. File.Skills.Select(s => s with
    {
        Synonyms = s.Synonyms.ToImmutableArray(),
        Categories = s.Categories.ToImmutableArray(),
    })];

    private static readonly FrozenDictionary<string, Skill> BySlug =
        Catalogue.ToFrozenDictionary(s => s.Slug, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ImmutableArray<Skill>> BySkillArea = Catalogue
        .GroupBy(s => s.Area, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ImmutableArray<Skill>> ByCategory = Catalogue
        .SelectMany(s => s.Categories, (skill, category) => (skill, category))
        .GroupBy(p => p.category, p => p.skill, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

    private static readonly ImmutableArray<SkillSearch.Entry> Index = [.. Catalogue.Select(SkillSearch.Entry.For)];

    public static string Version => File.Version;

    /// <summary>How the data, and its ESCO URIs, were obtained; carries the ESCO acknowledgement to show users.</summary>
    public static string Source => File.Source;

    public static string EscoVersion => File.EscoVersion;

    public static IReadOnlyList<SkillArea> Areas { get; } = [.. File.Areas];

    public static IReadOnlyList<Skill> All => Catalogue;

    /// <summary>Slugs are compared exactly, like need category codes: they are identifiers, not text to search.</summary>
    public static bool IsKnown(string? slug) => slug is not null && BySlug.ContainsKey(slug);

    public static Skill? Find(string slug) => BySlug.GetValueOrDefault(slug);

    public static IReadOnlyList<Skill> ByArea(string area) => BySkillArea.GetValueOrDefault(area, []);

    /// <summary>Skills that typically serve a need category (a <see cref="NeedCategory"/> code).</summary>
    public static IReadOnlyList<Skill> ForCategory(string categoryCode) => ByCategory.GetValueOrDefault(categoryCode, []);

    /// <summary>
    /// Labels and synonyms matching <paramref name="text"/>, ignoring case and accents, best first: exact, then
    /// word prefix, then anywhere; at each of these a label beats a synonym. A language restricts the labels
    /// searched (synonyms mix both languages and are always searched).
    /// </summary>
    public static IReadOnlyList<Skill> Search(string? text, LabelLanguage? language = null) =>
        SkillSearch.Run(Index, text, language);
}
