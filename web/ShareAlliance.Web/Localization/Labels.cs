using System.Globalization;
using Microsoft.Extensions.Localization;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Web.Localization;

/// <summary>Names of the reference data and of the API's values in the current language.</summary>
public static class Labels
{
    public static string Category(string code) => NeedCategories.Find(code) is { } c ? (Cultures.IsEnglish ? c.En : c.Fr) : code;

    public static string Skill(string slug) => Skills.Find(slug)?.Label(Cultures.LabelLanguage) ?? slug;

    public static string Departement(string code) => Places.Departement(code) is { } d ? $"{d.Name} ({d.Code})" : code;

    /// <summary>An API value (work mode, urgency, format, status, skill level) named by the resource "Kind_Value".</summary>
    public static string Value(this IStringLocalizer localizer, string kind, string value) =>
        localizer[$"{kind}_{value}"] is { ResourceNotFound: false } text ? text : value;

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>Euros in the current language's way: 1 234,56 € in French, €1,234.56 in English.</summary>
    public static string Amount(decimal amount)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = "€";
        return amount.ToString("C", format);
    }

    public static string Number(long number) => number.ToString("N0", CultureInfo.CurrentCulture);

    public static string Hours(long hours) => $"{Number(hours)} h";
}
