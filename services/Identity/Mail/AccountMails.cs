using ShareAlliance.Identity.Data;

namespace ShareAlliance.Identity.Mail;

/// <summary>The messages Identity sends, French first (the alliance's language), English second.</summary>
public static class AccountMails
{
    public static AccountMail ConfirmEmail(User user, string token, Uri? webUrl) => Compose(
        user, "confirm-email", "Confirmez votre adresse / Confirm your address",
        "Bienvenue sur ShareAlliance ! Confirmez votre adresse pour activer votre compte.\n"
        + "Welcome to ShareAlliance! Confirm your address to activate your account.",
        token, webUrl, "account/confirm-email", $$"""POST /account/confirm-email {"userId":"{{user.Id}}","token":"{{token}}"}""");

    public static AccountMail ResetPassword(User user, string token, Uri? webUrl) => Compose(
        user, "reset-password", "Nouveau mot de passe / New password",
        "Quelqu'un (vous, sans doute) a demandé un nouveau mot de passe. Ce lien sert une seule fois et expire bientôt.\n"
        + "Someone (you, probably) asked for a new password. This link works once and expires soon.",
        token, webUrl, "account/reset-password",
        $$"""POST /account/reset-password {"email":"<your e-mail>","token":"{{token}}","newPassword":"<12 characters or more>"}""");

    public static AccountMail AlreadyRegistered(User user) => new(
        user.Id, user.Email!, "already-registered", "Vous avez déjà un compte / You already have an account",
        "Quelqu'un a voulu créer un compte avec votre adresse. Si c'était vous : connectez-vous, ou demandez un nouveau mot de passe.\n"
        + "Someone tried to register with your address. If it was you: log in, or ask for a new password.",
        new Dictionary<string, string>());

    private static AccountMail Compose(User user, string purpose, string subject, string intro, string token, Uri? webUrl, string page, string apiCall)
    {
        var link = webUrl is null
            ? string.Empty
            : $"\n{new Uri(webUrl, page)}?userId={user.Id}&token={Uri.EscapeDataString(token)}\n";
        return new AccountMail(
            user.Id, user.Email!, purpose, subject,
            $"{intro}\n{link}\nSans interface web / Without the web front end:\n{apiCall}",
            new Dictionary<string, string> { ["User"] = user.Id.ToString(), ["Token"] = token });
    }
}
