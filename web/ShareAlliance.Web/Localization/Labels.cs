using System.Globalization;
using Microsoft.Extensions.Localization;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Web.Localization;

/// <summary>Names of the reference data and of the API's values in the current language.</summary>
public static class Labels
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static string Category(string code) => NeedCategories.Find(code) is { } c ? (Cultures.IsEnglish ? c.En : c.Fr) : code;

    public static string Skill(string slug) => Skills.Find(slug)?.Label(Cultures.LabelLanguage) ?? slug;

    public static string Departement(string code) => Places.Departement(code) is { } d ? $"{d.Name} ({d.Code})" : code;

    public static string Cause(string code) => Causes.Find(code) is { } c ? (Cultures.IsEnglish ? c.En : c.Fr) : code;

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

    /// <summary>A share (0–1) as a percentage: 87,5 % in French, 87.5% in English.</summary>
    public static string Percent(double share) => share.ToString("P1", CultureInfo.CurrentCulture);

    /// <summary>A figure with one decimal: 12,3 in French.</summary>
    public static string OneDecimal(double value) => value.ToString("N1", CultureInfo.CurrentCulture);

    /// <summary>A moment in Paris time, the alliance's: 24/11/2026 14:05.</summary>
    public static string Moment(DateTimeOffset moment) => InParis(moment).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>The day of a moment, in Paris.</summary>
    public static string Day(DateTimeOffset moment) => Date(DateOnly.FromDateTime(InParis(moment)));

    private static DateTime InParis(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Paris).DateTime;
}
