using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Identity.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.Login;

public static class LoginEndpoint
{
    public static void MapLogin(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/login", async Task<Results<NoContent, ProblemHttpResult>> (LoginCommand command, ISender sender, CancellationToken ct) =>
                await sender.Send(command, ct) switch
                {
                    LoginOutcome.SignedIn => TypedResults.NoContent(),
                    LoginOutcome.EmailNotConfirmed => IdentityProblems.EmailNotConfirmed(),
                    _ => IdentityProblems.LoginRefused(),
                })
            .AllowAnonymous()
            .RequireRateLimiting(SecurityExtensions.StrictRateLimit)
            .WithName("Login")
            .WithSummary("Log in with e-mail and password: sets the session cookie used by /connect/authorize.")
            .WithTags("Account");
}
