using Mediator;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.Register;

public static class RegisterEndpoint
{
    public static void MapRegister(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/register", async (RegisterCommand command, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command, ct);
                return TypedResults.Accepted((string?)null);
            })
            .AllowAnonymous()
            .RequireRateLimiting(SecurityExtensions.StrictRateLimit)
            .WithName("Register")
            .WithSummary("Create an account (e-mail, password of 12+ characters, optional account type); a confirmation e-mail follows.")
            .WithTags("Account");
}
