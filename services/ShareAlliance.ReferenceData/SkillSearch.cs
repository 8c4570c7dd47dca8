using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace ShareAlliance.ReferenceData;

internal static class SkillSearch
{
    private enum Match
    {
        Exact = 0,
        WordPrefix = 1,
        Anywhere = 2,
        None = 3,
    }

    internal sealed record Entry(Skill Skill, string Fr, string En, ImmutableArray<string> Synonyms)
    {
        public static Entry For(Skill skill) =>
            new(skill, Fold(skill.Fr), Fold(skill.En), [.. skill.Synonyms.Select(Fold)]);
    }

    public static IReadOnlyList<Skill> Run(ImmutableArray<Entry> index, string? text, LabelLanguage? language)
    {
        var query = text is null ? "" : Fold(text);
        if (query.Length == 0)
        {
            return [];
        }

        var sortLanguage = language ?? LabelLanguage.Fr;
        return index
            .Select(entry => (entry.Skill, Score: Score(entry, query, language)))
            .Where(hit => hit.Score < int.MaxValue)
            .OrderBy(hit => hit.Score)
            .ThenBy(hit => hit.Skill.Label(sortLanguage), StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(hit => hit.Skill.Slug, StringComparer.Ordinal)
            .Select(hit => hit.Skill)
            .ToImmutableArray();
    }

    // Lower is better: the kind of match first, then a label before a synonym matched the same way.
    private static int Score(Entry entry, string query, LabelLanguage? language)
    {
        var best = int.MaxValue;
        if (language is null or LabelLanguage.Fr)
        {
            best = Math.Min(best, Rank(entry.Fr, query, synonym: false));
        }

        if (language is null or LabelLanguage.En)
        {
            best = Math.Min(best, Rank(entry.En, query, synonym: false));
        }

        foreach (var synonym in entry.Synonyms)
        {
            best = Math.Min(best, Rank(synonym, query, synonym: true));
        }

        return best;
    }

    private static int Rank(string candidate, string query, bool synonym)
    {
        var match = MatchOf(candidate, query);
        return match == Match.None ? int.MaxValue : ((int)match * 2) + (synonym ? 1 : 0);
    }

    private static Match MatchOf(string candidate, string query)
    {
        if (candidate.Equals(query, StringComparison.Ordinal))
        {
            return Match.Exact;
        }

        if (candidate.StartsWith(query, StringComparison.Ordinal)
            || candidate.Contains(" " + query, StringComparison.Ordinal)
            || candidate.Contains("(" + query, StringComparison.Ordinal))
        {
            return Match.WordPrefix;
        }

        return candidate.Contains(query, StringComparison.Ordinal) ? Match.Anywhere : Match.None;
    }

    // Users type "securite", "Sécurité" or "SÉCURITÉ" for the same thing; hyphens and apostrophes separate words
    // ("e-mailing", "d'accessibilité") so that a word typed alone still matches as a word.
    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '_' or '\'' or '\u2019')
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            switch (c)
            {
                case 'œ' or 'Œ':
                    folded.Append("OE");
                    break;
                case 'æ' or 'Æ':
                    folded.Append("AE");
                    break;
                default:
                    folded.Append(char.ToUpperInvariant(c));
                    break;
            }
        }

        return folded.ToString();
    }
}
