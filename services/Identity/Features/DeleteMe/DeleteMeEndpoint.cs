using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Identity.Http;

namespace ShareAlliance.Identity.Features.DeleteMe;

public static class DeleteMeEndpoint
{
    public static void MapDeleteMe(this IEndpointRouteBuilder app) =>
        app.MapDelete("/me", async Task<Results<NoContent, ProblemHttpResult>> (ClaimsPrincipal principal, ISender sender, CancellationToken ct) =>
            {
                if (Caller.From(principal).UserId is not { } userId)
                {
                    return IdentityProblems.UserTokenRequired();
                }

                return await sender.Send(new DeleteMeCommand(userId), ct)
                    ? TypedResults.NoContent()
                    : IdentityProblems.AccountNotFound("The account of this token no longer exists.");
            })
            .RequireAuthorization(IdentityPolicies.AccessToken)
            .WithName("DeleteMe")
            .WithSummary("Delete the caller's account; every service is told (UserDeleted) to erase or mask their details.")
            .WithTags("Me");
}
