using System.Globalization;

namespace ShareAlliance.DemoData.Plan;

/// <summary>The bits of French the generated texts need, written out so that no machine's culture data changes them.</summary>
public static class FrenchText
{
    private static readonly HashSet<string> ElidedH = new(StringComparer.Ordinal) { "Hyères" };

    /// <summary>"de Lille", "d'Amiens", "du Mans", "des Abymes", "de La Rochelle".</summary>
    public static string Of(string place) => place switch
    {
        _ when place.StartsWith("Le ", StringComparison.Ordinal) => "du " + place[3..],
        _ when place.StartsWith("Les ", StringComparison.Ordinal) => "des " + place[4..],
        _ when StartsWithVowel(place) || ElidedH.Contains(place) => "d'" + place,
        _ => "de " + place,
    };

    /// <summary>"1 234,56 €" (a no-break space between thousands, as the UI conventions write amounts).</summary>
    public static string Euros(decimal amount) => Grouped(amount, '\u00A0', ',') + "\u00A0€";

    /// <summary>"€1,234.56".</summary>
    public static string EurosInEnglish(decimal amount) => "€" + Grouped(amount, ',', '.');

    private static bool StartsWithVowel(string word) =>
        word.Length > 0 && "AEIOUYÂÉÈÊÎÔ".Contains(char.ToUpperInvariant(word[0]), StringComparison.Ordinal);

    private static string Grouped(decimal amount, char thousands, char decimals)
    {
        var text = amount.ToString("0.00", CultureInfo.InvariantCulture);
        var (whole, cents) = (text[..^3], text[^2..]);
        var groups = new List<string>();
        for (var end = whole.Length; end > 0; end -= 3)
        {
            groups.Insert(0, whole[Math.Max(0, end - 3)..end]);
        }

        return string.Join(thousands, groups) + (cents == "00" ? "" : decimals + cents);
    }
}
