using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ShareAlliance.Identity.Http;

public static class SessionCookie
{
    /// <summary>
    /// A browser reaching the authorize endpoint without a session goes to the web front end's login page, which comes back
    /// to the authorize request after POST /account/login. Without a configured login page, a problem says what to do.
    /// </summary>
    public static Task RedirectToLoginAsync(RedirectContext<CookieAuthenticationOptions> context, Uri? loginUrl)
    {
        if (loginUrl is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                type: IdentityProblems.LoginRequiredType,
                title: "Log in first.",
                detail: "POST /account/login with your e-mail and password, then repeat this request with the session cookie.")
                .ExecuteAsync(context.HttpContext);
        }

        var returnUrl = context.Properties.RedirectUri ?? "/";
        var target = $"{loginUrl}{(loginUrl.Query.Length > 0 ? "&" : "?")}returnUrl={Uri.EscapeDataString(returnUrl)}";
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
