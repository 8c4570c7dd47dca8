using System.Security.Cryptography;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Identity.Features.Login;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.SignIn;

/// <summary>
/// The browser's sign-in page, where the authorize endpoint's cookie challenge lands: a good password sets the session
/// cookie (the same <see cref="LoginCommand"/> as POST /account/login: lockout, decoy hash) and goes back to the
/// authorization request; a refusal shows the page again with the e-mail kept and the error tied to its field.
/// </summary>
public static class SignInEndpoint
{
    public const string Path = "/account/sign-in";

    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? ui_locales) =>
                Page(http, antiforgery, SignInTexts.For(http.Request, ui_locales, returnUrl), LocalReturnUrl(http.Request, returnUrl)))
            .AllowAnonymous()
            .WithName("SignInPage")
            .WithSummary("The sign-in page (HTML) where /connect/authorize sends a browser without a session.")
            .WithTags("Account")
            .ExcludeFromDescription();

        app.MapPost(Path, SignInAsync)
            .AllowAnonymous()
            .DisableAntiforgery() // checked in the handler, so an expired form gets the page back rather than a bare 400
            .RequireRateLimiting(SecurityExtensions.StrictRateLimit)
            .WithName("SignIn")
            .WithSummary("The sign-in form: sets the session cookie, then returns to the authorization request.")
            .WithTags("Account")
            .ExcludeFromDescription();
    }

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, ISender sender, CancellationToken ct)
    {
        var form = await http.Request.ReadFormAsync(ct);
        var returnUrl = LocalReturnUrl(http.Request, form["returnUrl"]);
        var texts = SignInTexts.For(http.Request, form["ui_locales"], returnUrl);
        var email = form["email"].ToString().Trim();
        var password = form["password"].ToString();

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Page(http, antiforgery, texts, returnUrl, email, formError: texts.FormExpired, status: StatusCodes.Status400BadRequest);
        }

        if (email.Length == 0 || password.Length == 0)
        {
            return Page(http, antiforgery, texts, returnUrl, email,
                emailError: email.Length == 0 ? texts.EmailRequired : null,
                passwordError: password.Length == 0 ? texts.PasswordRequired : null,
                status: StatusCodes.Status400BadRequest);
        }

        // Over-long input is refused like a wrong password: the validator's limits, without telling which one.
        var outcome = email.Length > 256 || password.Length > Register.RegisterValidator.MaxPasswordLength
            ? LoginOutcome.Refused
            : await sender.Send(new LoginCommand(email, password), ct);
        return outcome switch
        {
            LoginOutcome.SignedIn when returnUrl is not null => TypedResults.Redirect(returnUrl),
            LoginOutcome.SignedIn => Page(http, antiforgery, texts, null, signedIn: true),
            LoginOutcome.EmailNotConfirmed => Page(http, antiforgery, texts, returnUrl, email, emailError: texts.NotConfirmed, status: StatusCodes.Status403Forbidden),
            _ => Page(http, antiforgery, texts, returnUrl, email, passwordError: texts.Refused, status: StatusCodes.Status401Unauthorized),
        };
    }

    private static RazorComponentResult<SignInPage> Page(
        HttpContext http,
        IAntiforgery antiforgery,
        SignInTexts texts,
        string? returnUrl,
        string? email = null,
        string? emailError = null,
        string? passwordError = null,
        string? formError = null,
        bool signedIn = false,
        int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var headers = http.Response.Headers;
        // The platform's API policy forbids everything; this page needs its own inline style and nothing else.
        headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'nonce-{nonce}'; frame-ancestors 'none'; base-uri 'none'";
        headers.CacheControl = "no-store";
        return new RazorComponentResult<SignInPage>(new
        {
            Texts = texts,
            ReturnUrl = returnUrl,
            Email = email,
            EmailError = emailError,
            PasswordError = passwordError,
            FormError = formError,
            SignedIn = signedIn,
            AntiforgeryField = tokens.FormFieldName,
            AntiforgeryToken = tokens.RequestToken,
            StyleNonce = nonce,
        })
        {
            StatusCode = status,
        };
    }

    /// <summary>
    /// Only an address on this server: the authorize endpoint sends its own absolute URL, anything else is dropped, so the
    /// page can never send a person elsewhere after they typed their password (no open redirect).
    /// </summary>
    internal static string? LocalReturnUrl(HttpRequest request, string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl))
        {
            return null;
        }

        if (returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal))
        {
            return returnUrl;
        }

        return Uri.TryCreate(returnUrl, UriKind.Absolute, out var absolute)
            && absolute.Scheme == request.Scheme
            && string.Equals(absolute.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? absolute.PathAndQuery
            : null;
    }
}
