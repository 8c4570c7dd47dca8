using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Http;
using ShareAlliance.Identity.Mail;
using ShareAlliance.Identity.Passwords;

namespace ShareAlliance.Identity.Setup;

public static class AccountsSetup
{
    /// <summary>ASP.NET Core Identity: password policy, lockout, single-use expiring tokens, the session cookie, the mailer.</summary>
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder, IdentitySettings settings)
    {
        builder.Services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // The user name is the e-mail, already checked as one: no narrower character set.
                options.User.AllowedUserNameCharacters = string.Empty;
                options.SignIn.RequireConfirmedEmail = true;
                // NIST SP 800-63B: length and a refusal of known-weak passwords (CommonPasswordValidator), no composition rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.EmailConfirmationTokenProvider = EmailConfirmationTokenProvider.ProviderName;
            })
            .AddRoles<Role>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<EmailConfirmationTokenProvider>(EmailConfirmationTokenProvider.ProviderName)
            .AddPasswordValidator<CommonPasswordValidator>();

        // Reset tokens: the default provider, bound to the security stamp (so single-use: a reset changes the stamp).
        builder.Services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = settings.PasswordResetLifespan);
        builder.Services.Configure<EmailConfirmationTokenProviderOptions>(o => o.TokenLifespan = settings.EmailConfirmationLifespan);
        // A password reset changes the stamp: other browser sessions end within this interval.
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));

        // Bearer tokens (OpenIddict validation) authenticate the API; the cookie is read by the authorize endpoint only.
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                options.DefaultAuthenticateScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
                options.DefaultForbidScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
            })
            .AddIdentityCookies();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "sharealliance.session";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => SessionCookie.RedirectToLoginAsync(context, settings.LoginUrl);
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(IdentityPolicies.AccessToken, policy => policy
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser());

        // The file mailbox is the only adapter so far: a deployment must choose its folder (a mounted volume) knowingly.
        if (!LocalRun.Applies(builder.Environment, settings) && builder.Configuration[$"{IdentitySettings.Section}:Mailbox"] is null)
        {
            throw new InvalidOperationException(
                "Identity has no SMTP adapter yet: set Identity:Mailbox to a writable folder where messages are written as files.");
        }

        builder.Services.AddSingleton<IAccountMailer, MailboxMailer>();
        return builder;
    }
}
