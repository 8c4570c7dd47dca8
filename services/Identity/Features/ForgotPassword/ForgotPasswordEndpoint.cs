using Mediator;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.ForgotPassword;

public static class ForgotPasswordEndpoint
{
    public static void MapForgotPassword(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/forgot-password", async (ForgotPasswordCommand command, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command, ct);
                return TypedResults.Accepted((string?)null);
            })
            .AllowAnonymous()
            .RequireRateLimiting(SecurityExtensions.StrictRateLimit)
            .WithName("ForgotPassword")
            .WithSummary("Ask for a password reset link; always 202, whether or not the address has an account.")
            .WithTags("Account");
}
