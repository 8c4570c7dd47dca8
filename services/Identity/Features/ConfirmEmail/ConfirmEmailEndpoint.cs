using Mediator;

namespace ShareAlliance.Identity.Features.ConfirmEmail;

public static class ConfirmEmailEndpoint
{
    public static void MapConfirmEmail(this IEndpointRouteBuilder app) =>
        app.MapPost("/account/confirm-email", async (ConfirmEmailCommand command, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(command, ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("ConfirmEmail")
            .WithSummary("Confirm an e-mail address with the user id and token from the confirmation message.")
            .WithTags("Account");
}
