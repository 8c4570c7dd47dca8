using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Identity.Http;

namespace ShareAlliance.Identity.Features.GetMe;

public static class GetMeEndpoint
{
    public static void MapGetMe(this IEndpointRouteBuilder app) =>
        app.MapGet("/me", async Task<Results<Ok<MeView>, ProblemHttpResult>> (ClaimsPrincipal principal, ISender sender, CancellationToken ct) =>
            {
                if (Caller.From(principal).UserId is not { } userId)
                {
                    return IdentityProblems.UserTokenRequired();
                }

                return await sender.Send(new GetMeQuery(userId), ct) is { } me
                    ? TypedResults.Ok(me)
                    : IdentityProblems.AccountNotFound("The account of this token no longer exists.");
            })
            .RequireAuthorization(IdentityPolicies.AccessToken)
            .WithName("GetMe")
            .WithSummary("The caller's account: id, e-mail, roles and organisation memberships.")
            .WithTags("Me");
}
