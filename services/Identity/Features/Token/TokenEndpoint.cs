using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using ShareAlliance.Identity.Tokens;
using static OpenIddict.Abstractions.OpenIddictConstants;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.Token;

/// <summary>
/// The token endpoint. OpenIddict has already authenticated the client and validated the code, its PKCE verifier or the
/// refresh token (single use: a redeemed one is refused); this builds what the new tokens say.
/// </summary>
public static class TokenEndpoint
{
    public static void MapToken(this IEndpointRouteBuilder app) =>
        app.MapPost("/connect/token", ExchangeAsync)
            .AllowAnonymous()
            .RequireRateLimiting(SecurityExtensions.StrictRateLimit)
            .WithName("Token")
            .WithSummary("OAuth 2.0 token endpoint: authorization_code (+ PKCE), refresh_token (rotating), client_credentials.")
            .WithTags("Tokens");

    private static async Task<Results<SignInHttpResult, ForbidHttpResult>> ExchangeAsync(
        HttpContext http, TokenPrincipals principals, CancellationToken cancellationToken)
    {
        var request = http.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("OpenIddict did not hand over the token request.");

        if (request.IsClientCredentialsGrantType())
        {
            return principals.ForClient(request.ClientId!, request.GetScopes()) is { } client
                ? SignIn(client)
                : Refuse(Errors.InvalidClient, "This client is not configured for client credentials.");
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            // Rights are read again rather than copied from the old token: a refresh carries today's roles, and a deleted,
            // locked or unconfirmed account gets nothing.
            var principal = Guid.TryParse(granted.Principal?.GetClaim(Claims.Subject), out var userId)
                ? await principals.ForUserAsync(userId, granted.Principal!.GetScopes(), cancellationToken)
                : null;
            return principal is not null
                ? SignIn(principal)
                : Refuse(Errors.InvalidGrant, "The account no longer exists or may not sign in.");
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static SignInHttpResult SignIn(System.Security.Claims.ClaimsPrincipal principal) =>
        TypedResults.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static ForbidHttpResult Refuse(string error, string description) => TypedResults.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
