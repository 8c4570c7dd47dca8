using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using ShareAlliance.Identity.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ShareAlliance.Identity.Features.Authorize;

/// <summary>
/// The authorization endpoint (code + PKCE). OpenIddict has already checked the client, redirect URI and PKCE challenge;
/// this decides who the user is, from the session cookie that POST /account/login set.
/// </summary>
public static class AuthorizeEndpoint
{
    public static void MapAuthorize(this IEndpointRouteBuilder app) =>
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync)
            .AllowAnonymous()
            .WithName("Authorize")
            .WithSummary("OpenID Connect authorization endpoint (authorization code + PKCE), for a browser with a session.")
            .WithTags("Tokens");

    private static async Task<Results<SignInHttpResult, ChallengeHttpResult, ForbidHttpResult>> AuthorizeAsync(
        HttpContext http, TokenPrincipals principals, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not hand over the authorization request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var principal = session.Succeeded && !request.HasPromptValue(PromptValues.Login)
            && Guid.TryParse(session.Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
            ? await principals.ForUserAsync(userId, request.GetScopes(), cancellationToken)
            : null;

        if (principal is not null)
        {
            return TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.HasPromptValue(PromptValues.None))
        {
            return TypedResults.Forbid(
                OpenIddictError(Errors.LoginRequired, "The user is not logged in."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        // Back here after logging in: the same request, its parameters carried in the query whatever the method.
        // Without "prompt": prompt=login is satisfied by the sign-in that follows, and kept it would ask again forever.
        var parameters = (http.Request.HasFormContentType ? http.Request.Form.ToList() : http.Request.Query.ToList())
            .Where(p => p.Key != Parameters.Prompt);
        var back = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{http.Request.Path}{QueryString.Create(parameters)}";
        return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = back }, [IdentityConstants.ApplicationScheme]);
    }

    private static AuthenticationProperties OpenIddictError(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
