using System.Globalization;
using Microsoft.Extensions.Localization;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Web.Localization;

/// <summary>What people type, read the way they write it (French first), and checked before the service sees it.</summary>
public static class Input
{
    /// <summary>Euros as typed: "1 234,56" in French, "1,234.56" in English; a dot is accepted in French too. Null when not an amount.</summary>
    public static decimal? Amount(string? text)
    {
        var value = (text ?? "").Replace("€", "", StringComparison.Ordinal).Trim();
        if (value.Length == 0)
        {
            return null;
        }

        var culture = CultureInfo.CurrentCulture;
        if (!Cultures.IsEnglish && value.Contains('.', StringComparison.Ordinal) && !value.Contains(',', StringComparison.Ordinal))
        {
            value = value.Replace('.', ',');
        }

        value = string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, culture, out var amount)
            && amount.Scale <= 2 ? amount : null;
    }

    /// <summary>An amount as the form shows it again: 1234.5 → "1 234,50" in French.</summary>
    public static string AmountText(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture);

    public static int? Whole(string? text) =>
        int.TryParse(string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))), NumberStyles.None, CultureInfo.CurrentCulture, out var number) ? number : null;

    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>As the person types: nothing while empty, the rule broken otherwise (the same rules as the API's, from ReferenceData).</summary>
    public static string? SirenProblem(this IStringLocalizer texts, string? siren) => FrenchIdentifiers.CheckSiren(siren).Problem switch
    {
        IdentifierProblem.Format => texts["SirenFormat"].Value,
        IdentifierProblem.CheckDigit => texts["SirenCheckDigit"].Value,
        _ => null,
    };

    public static string? SiretProblem(this IStringLocalizer texts, string? siret, string? siren = null)
    {
        var check = FrenchIdentifiers.CheckSiret(siret);
        return check.Problem switch
        {
            IdentifierProblem.Format => texts["SiretFormat"].Value,
            IdentifierProblem.CheckDigit => texts["SiretCheckDigit"].Value,
            IdentifierProblem.None when FrenchIdentifiers.CheckSiren(siren) is { IsValid: true } s && !check.Value.StartsWith(s.Value, StringComparison.Ordinal) => texts["SiretNotSiren"].Value,
            _ => null,
        };
    }
}
