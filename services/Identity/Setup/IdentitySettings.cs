namespace ShareAlliance.Identity.Setup;

/// <summary>The <c>Identity</c> configuration section (README: Identity configuration).</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>Where the development mailer writes messages: relative to the content root, or absolute.</summary>
    public string Mailbox { get; set; } = ".mailbox";

    /// <summary>Base URL of the web front end, for the links in e-mails; without it the messages carry the API call only.</summary>
    public Uri? WebUrl { get; set; }

    /// <summary>Another sign-in page than Identity's own (/account/sign-in) for browsers reaching the authorize endpoint without a session.</summary>
    public Uri? LoginUrl { get; set; }

    public TimeSpan PasswordResetLifespan { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan EmailConfirmationLifespan { get; set; } = TimeSpan.FromDays(2);

    public Uri? Issuer { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);

    // Zero: a refresh token works once. A client refreshing from two tabs at once must serialise its refreshes.
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;

    /// <summary>Accept plain HTTP and ephemeral keys outside Development/Testing (a local container run); never in a deployment.</summary>
    public bool AllowInsecureLocalRun { get; set; }

    public CertificateSettings? SigningCertificate { get; set; }

    public CertificateSettings? EncryptionCertificate { get; set; }

    public CoordinatorSettings Coordinator { get; set; } = new();

    /// <summary>OAuth clients by a configuration-friendly name (environment variables cannot hold every client id).</summary>
    public Dictionary<string, ClientSettings> Clients { get; set; } = [];
}

/// <summary>A PKCS#12 (.pfx) file, typically mounted from a secret.</summary>
public sealed class CertificateSettings
{
    public string? Path { get; set; }

    public string? Password { get; set; }
}

public sealed class CoordinatorSettings
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}

/// <summary>A client with a secret is confidential (client credentials); one without is public (authorization code + PKCE).</summary>
public sealed class ClientSettings
{
    public string ClientId { get; set; } = string.Empty;

    public string? Secret { get; set; }

    public string? DisplayName { get; set; }

    public List<Uri> RedirectUris { get; set; } = [];

    public List<Uri> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>Roles put in a confidential client's own tokens (client credentials), e.g. for tests and benchmarks.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>"&lt;kind&gt;:&lt;id&gt;" organisations a confidential client acts for.</summary>
    public List<string> Organisations { get; set; } = [];
}
