using System.Globalization;
using Microsoft.AspNetCore.Localization;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Web.Localization;

/// <summary>French by default, English on a switch kept in the culture cookie.</summary>
public static class Cultures
{
    public const string French = "fr-FR";
    public const string English = "en-GB";

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(French)
            .AddSupportedCultures(French, English)
            .AddSupportedUICultures(French, English);
        // Only the person's choice counts, not the browser's Accept-Language: French first, for everyone.
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return options;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>The reference data's labels in the current language.</summary>
    public static LabelLanguage LabelLanguage => IsEnglish ? LabelLanguage.En : LabelLanguage.Fr;

    /// <summary>GET /culture?culture=en-GB&amp;redirectUri=/needs: stores the choice in the cookie and goes back.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture", (string? culture, string? redirectUri, HttpContext context) =>
        {
            var chosen = culture == English ? English : French;
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            // Only a path of this site: never an open redirect.
            var back = redirectUri is { Length: > 0 } && redirectUri.StartsWith('/') && !redirectUri.StartsWith("//", StringComparison.Ordinal) ? redirectUri : "/";
            return Results.LocalRedirect(back);
        });
}
