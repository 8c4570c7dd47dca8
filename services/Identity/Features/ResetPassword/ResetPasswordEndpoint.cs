using Mediator;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.ResetPassword;

public static class ResetPasswordEndpoint
{
    public static void MapResetPassword(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/reset-password", async (ResetPasswordCommand command, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command, ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .RequireRateLimiting(SecurityExtensions.StrictRateLimit)
            .WithName("ResetPassword")
            .WithSummary("Set a new password with the single-use token from the reset message.")
            .WithTags("Account");
}
