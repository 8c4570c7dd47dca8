using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Identity.Access;
using ShareAlliance.Identity.Http;

namespace ShareAlliance.Identity.Features.GrantOwnership;

public sealed record GrantOwnershipRequest(string Email);

public static class GrantOwnershipEndpoint
{
    public static void MapGrantOwnership(this IEndpointRouteBuilder app) =>
        app.MapPost("/organisations/{kind}/{id:guid}/owner", async Task<Results<Ok<MembershipView>, ProblemHttpResult>> (
                string kind, Guid id, GrantOwnershipRequest body, ClaimsPrincipal principal, ISender sender, CancellationToken ct) =>
            {
                if (!(await sender.Send(new OrganisationRightsQuery(Caller.From(principal), kind, id), ct)).IsCoordinator)
                {
                    return IdentityProblems.NotAllowed("Only a coordinator may name an owner.");
                }

                var userId = await sender.Send(new FindAccountQuery(body.Email ?? string.Empty), ct);
                return userId is { } owner && await sender.Send(new GrantOwnershipCommand(owner, kind, id), ct) is { } membership
                    ? TypedResults.Ok(membership)
                    : IdentityProblems.AccountNotFound("No confirmed account has this e-mail: ask the person to register first.");
            })
            .RequireAuthorization(IdentityPolicies.AccessToken)
            .WithName("GrantOwnership")
            .WithSummary("Make an account an owner of an organisation; coordinators only.")
            .WithTags("Organisations");
}
