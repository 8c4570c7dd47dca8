namespace ShareAlliance.Identity.Features.SignIn;

/// <summary>The sign-in page's words, French first; English when the client asks for it (ui_locales) or the browser prefers it.</summary>
public sealed record SignInTexts(
    string Language,
    string Title,
    string Intro,
    string Email,
    string Password,
    string Submit,
    string EmailRequired,
    string PasswordRequired,
    string Refused,
    string NotConfirmed,
    string FormExpired,
    string SignedIn,
    string OtherLanguage,
    string OtherLanguageLabel,
    string Footer,
    string ErrorPrefix)
{
    public static readonly SignInTexts French = new(
        "fr",
        "Se connecter",
        "Connectez-vous à ShareAlliance avec l’adresse e-mail et le mot de passe de votre compte.",
        "Adresse e-mail",
        "Mot de passe",
        "Se connecter",
        "Saisissez votre adresse e-mail.",
        "Saisissez votre mot de passe.",
        "Adresse e-mail ou mot de passe incorrect. Après 5 essais, le compte est bloqué 15 minutes.",
        "Confirmez d’abord votre adresse e-mail : suivez le lien du message de confirmation.",
        "Le formulaire a expiré. Saisissez de nouveau votre mot de passe.",
        "Vous êtes connecté.",
        "English",
        "Sign in in English",
        "ShareAlliance, logiciel libre au service des associations.",
        "Erreur : ");

    public static readonly SignInTexts English = new(
        "en",
        "Sign in",
        "Sign in to ShareAlliance with your account’s e-mail address and password.",
        "E-mail address",
        "Password",
        "Sign in",
        "Enter your e-mail address.",
        "Enter your password.",
        "Wrong e-mail address or password. After 5 attempts the account is locked for 15 minutes.",
        "Confirm your e-mail address first: follow the link in the confirmation message.",
        "The form expired. Please enter your password again.",
        "You are signed in.",
        "Français",
        "Se connecter en français",
        "ShareAlliance, open-source software for non-profits.",
        "Error: ");

    /// <summary>
    /// An explicit choice (<c>ui_locales</c> on this page or on the authorization request it returns to) wins; otherwise the
    /// browser's preferred language among French and English; otherwise French.
    /// </summary>
    public static SignInTexts For(HttpRequest request, string? explicitLanguage, string? returnUrl)
    {
        var chosen = FirstKnown(explicitLanguage) ?? FirstKnown(UiLocalesOf(returnUrl));
        if (chosen is null)
        {
            var preferred = request.GetTypedHeaders().AcceptLanguage
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => FirstKnown(l.Value.Value))
                .FirstOrDefault(l => l is not null);
            chosen = preferred;
        }

        return chosen == "en" ? English : French;
    }

    private static string? UiLocalesOf(string? returnUrl)
    {
        if (returnUrl is null || returnUrl.IndexOf('?', StringComparison.Ordinal) is var q && q < 0)
        {
            return null;
        }

        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(returnUrl[q..]);
        return query.TryGetValue("ui_locales", out var locales) ? locales.ToString() : null;
    }

    // "en-GB fr" → "en": the first of the space-separated tags that is French or English.
    private static string? FirstKnown(string? tags) =>
        tags?.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(t => t is "fr" or "en");
}
