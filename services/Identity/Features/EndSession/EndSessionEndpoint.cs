using Mediator;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;
using ShareAlliance.Identity.Features.Logout;
using ShareAlliance.Identity.Features.SignIn;

namespace ShareAlliance.Identity.Features.EndSession;

/// <summary>
/// OpenID Connect RP-initiated logout: the web front end sends the browser here when a person signs out, so the session
/// cookie ends too (otherwise the next sign-in would pass without a password). OpenIddict has already checked the
/// post_logout_redirect_uri against the client's registration; without one, the browser lands on the sign-in page.
/// </summary>
public static class EndSessionEndpoint
{
    public static void MapEndSession(this IEndpointRouteBuilder app) =>
        app.MapMethods("/connect/endsession", [HttpMethods.Get, HttpMethods.Post], async (ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new LogoutCommand(), ct);
                return TypedResults.SignOut(
                    new AuthenticationProperties { RedirectUri = SignInEndpoint.Path },
                    [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            })
            .AllowAnonymous()
            .WithName("EndSession")
            .WithSummary("OpenID Connect end-session endpoint: ends the browser's session, then returns to the client.")
            .WithTags("Tokens");
}
