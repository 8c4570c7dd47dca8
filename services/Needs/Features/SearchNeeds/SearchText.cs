using System.Globalization;
using System.Text;

namespace ShareAlliance.Needs.Features.SearchNeeds;

/// <summary>
/// Text as the search index stores it and as queries are matched against it: lower case, accents removed, ligatures
/// spelled out. Folding here rather than with PostgreSQL's <c>unaccent</c> needs no extension, and keeps words whole
/// on a database created without a locale (where the text parser would cut "numérique" at the "é").
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            _ = c switch
            {
                'œ' or 'Œ' => folded.Append("oe"),
                'æ' or 'Æ' => folded.Append("ae"),
                'ß' => folded.Append("ss"),
                _ => folded.Append(char.ToLowerInvariant(c)),
            };
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
