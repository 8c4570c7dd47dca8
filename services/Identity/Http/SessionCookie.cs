using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ShareAlliance.Identity.Features.SignIn;

namespace ShareAlliance.Identity.Http;

public static class SessionCookie
{
    /// <summary>
    /// A browser reaching the authorize endpoint without a session goes to the sign-in page (Identity's own, or
    /// Identity:LoginUrl when configured), which comes back to the authorize request after a good password. A program that
    /// does not ask for HTML gets a problem saying what to do instead.
    /// </summary>
    public static Task RedirectToLoginAsync(RedirectContext<CookieAuthenticationOptions> context, Uri? loginUrl)
    {
        var request = context.Request;
        var wantsHtml = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        if (loginUrl is null && !wantsHtml)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                type: IdentityProblems.LoginRequiredType,
                title: "Log in first.",
                detail: "POST /account/login with your e-mail and password, then repeat this request with the session cookie.")
                .ExecuteAsync(context.HttpContext);
        }

        var login = loginUrl?.ToString() ?? $"{request.PathBase}{SignInEndpoint.Path}";
        var returnUrl = context.Properties.RedirectUri ?? "/";
        var target = $"{login}{(login.Contains('?', StringComparison.Ordinal) ? "&" : "?")}returnUrl={Uri.EscapeDataString(returnUrl)}";
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
