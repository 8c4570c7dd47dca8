using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web.Authentication;

/// <summary>
/// Sign-in with Identity: OpenID Connect, authorization code + PKCE, public client <c>sharealliance-web</c>; a cookie that
/// holds only a session key (the tokens stay on the server, <see cref="ServerSideTickets"/>); /sign-in and /sign-out.
/// </summary>
public static class SignIn
{
    public const string ClientId = "sharealliance-web";
    public const string CallbackPath = "/signin-callback";
    public const string SignedOutCallbackPath = "/signout-callback";

    public static void AddSignIn(this WebApplicationBuilder builder)
    {
        var addresses = ServiceAddresses.From(builder.Configuration);
        var services = builder.Services;
        services.AddDistributedMemoryCache();
        services.AddSingleton<ServerSideTickets>();
        services.AddSingleton<UserTokens>();
        services.AddSingleton<CircuitServicesAccessor>();
        services.AddScoped<CircuitHandler, CircuitServicesHandler>();
        services.AddTransient<AccessTokenHandler>();
        services.AddHttpContextAccessor();
        services.AddHttpClient(UserTokens.BackchannelClient, c => c.Timeout = TimeSpan.FromSeconds(10));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = "sharealliance.web";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.AccessDeniedPath = "/access-denied";
            })
            .AddOpenIdConnect(o =>
            {
                o.Authority = addresses.Identity.ToString();
                o.RequireHttpsMetadata = addresses.Identity.Scheme == Uri.UriSchemeHttps;
                o.ClientId = builder.Configuration["SignIn:ClientId"] ?? ClientId;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.UsePkce = true;
                // The answer comes back as a GET: its correlation and nonce cookies can stay SameSite=Lax, which browsers
                // keep on plain HTTP too (form_post would need SameSite=None, hence HTTPS, even on a developer's machine).
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("offline_access");
                o.CallbackPath = CallbackPath;
                o.SignedOutCallbackPath = SignedOutCallbackPath;
                o.SignedOutRedirectUri = "/";
                // Kept in the server-side ticket (the cookie only names it): access, refresh and identity tokens.
                o.SaveTokens = true;
                o.GetClaimsFromUserInfoEndpoint = false;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = "sub";
                o.TokenValidationParameters.RoleClaimType = AccessTokenClaims.Role;
                o.Events.OnRedirectToIdentityProvider = context =>
                {
                    // Identity's sign-in page speaks the language the person chose here.
                    context.ProtocolMessage.UiLocales = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
                    return Task.CompletedTask;
                };
                o.Events.OnTokenValidated = context =>
                {
                    if (context.TokenEndpointResponse?.AccessToken is { } accessToken && context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                    {
                        AccessTokenClaims.CopyRights(accessToken, identity);
                    }

                    return Task.CompletedTask;
                };
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<ServerSideTickets>((o, tickets) => o.SessionStore = tickets);

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
    }

    /// <summary>GET /sign-in?returnUrl=/account: to Identity and back. POST /sign-out (anti-forgery): ends both sessions.</summary>
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sign-in", (string? returnUrl) =>
            TypedResults.Challenge(new AuthenticationProperties { RedirectUri = Local(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]));

        // The cookie first (its session leaves the store), then Identity's session through its end-session endpoint.
        app.MapPost("/sign-out", async Task<IResult> (HttpContext http, IAntiforgery antiforgery) =>
            await antiforgery.IsRequestValidAsync(http)
                ? TypedResults.SignOut(
                    new AuthenticationProperties { RedirectUri = "/" },
                    [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])
                : TypedResults.BadRequest());
    }

    /// <summary>Only a path of this site: never an open redirect.</summary>
    public static string Local(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
