using Mediator;

namespace ShareAlliance.Identity.Features.Logout;

public static class LogoutEndpoint
{
    // Anonymous: ending a session that has already ended is not an error.
    public static void MapLogout(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (ISender sender, CancellationToken ct) =>
            {
                await sender.Send(new LogoutCommand(), ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("Logout")
            .WithSummary("End the session cookie (access tokens already issued stay valid until they expire).")
            .WithTags("Account");
}
