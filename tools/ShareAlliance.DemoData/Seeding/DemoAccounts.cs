using ShareAlliance.DemoData.Platform;

namespace ShareAlliance.DemoData.Seeding;

/// <summary>A person signed in: <c>New</c> when this run registered (or finished confirming) the account.</summary>
public sealed record SignedIn(string Email, bool New, Tokens Tokens);

/// <summary>
/// Demo people of any kind (association members now; volunteers, employer admins and funders later) get an account and
/// tokens the way a person does: register, confirm from the mailbox, log in, authorization code + PKCE. An account that
/// exists already (a re-run) is only logged in: the mailbox tells whether the address has had mail before, and a
/// registration of a confirmed address answers with an "already registered" mail rather than an error.
/// </summary>
public sealed class DemoAccounts(IdentityApi identity, Mailbox mailbox)
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(10);

    public async Task<SignedIn> SignInAsync(string email, string password, string accountType, CancellationToken cancellationToken)
    {
        var before = mailbox.FilesFor(email);
        // Logging in first when the address had mail spares a re-run one registration (and its password hash) per person.
        if (before.Count > 0 && await identity.LoginAsync(email, password, cancellationToken) is (LoginOutcome.SignedIn, { } session))
        {
            return new(email, New: false, await identity.AuthorizeAsync(session, cancellationToken));
        }

        await identity.RegisterAsync(email, password, accountType, cancellationToken);
        var mail = await mailbox.NextAsync(email, before, MailTimeout, cancellationToken);
        var isNew = mail.Purpose switch
        {
            Mailbox.ConfirmEmail when mail is { UserId: { } userId, Token: { } token } => await ConfirmAsync(userId, token, cancellationToken),
            Mailbox.AlreadyRegistered => false,
            _ => throw new ApiException($"Registering {email} brought an unexpected '{mail.Purpose}' mail ({mail.File})."),
        };

        var (outcome, cookie) = await identity.LoginAsync(email, password, cancellationToken);
        return outcome == LoginOutcome.SignedIn
            ? new(email, isNew, await identity.AuthorizeAsync(cookie!, cancellationToken))
            : throw new ApiException($"{email} exists but does not accept the demo password ({outcome}): was it created with another --password?");
    }

    /// <summary>An account that exists already (the coordinator from identity's configuration).</summary>
    public async Task<Tokens> SignInExistingAsync(string email, string password, CancellationToken cancellationToken)
    {
        var (outcome, cookie) = await identity.LoginAsync(email, password, cancellationToken);
        return outcome == LoginOutcome.SignedIn
            ? await identity.AuthorizeAsync(cookie!, cancellationToken)
            : throw new ApiException($"{email} could not log in ({outcome}): check the e-mail and password (identity's Identity__Coordinator__*).");
    }

    private async Task<bool> ConfirmAsync(Guid userId, string token, CancellationToken cancellationToken)
    {
        await identity.ConfirmEmailAsync(userId, token, cancellationToken);
        return true;
    }
}
