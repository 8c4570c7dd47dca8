using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Identity.Access;
using ShareAlliance.Identity.Http;

namespace ShareAlliance.Identity.Features.AddMember;

public static class AddMemberEndpoint
{
    public static void MapAddMember(this IEndpointRouteBuilder app) =>
        app.MapPost("/organisations/{kind}/{id:guid}/members", async Task<Results<Ok<MembershipView>, ProblemHttpResult>> (
                string kind, Guid id, AddMemberRequest body, ClaimsPrincipal principal, ISender sender, CancellationToken ct) =>
            {
                if (!(await sender.Send(new OrganisationRightsQuery(Caller.From(principal), kind, id), ct)).CanManageMembers)
                {
                    return IdentityProblems.NotAllowed("Only an owner of this organisation or a coordinator may add members.");
                }

                return await sender.Send(new AddMemberCommand(kind, id, body.Email), ct) is { } membership
                    ? TypedResults.Ok(membership)
                    : IdentityProblems.AccountNotFound("No confirmed account has this e-mail: ask the person to register first.");
            })
            .RequireAuthorization(IdentityPolicies.AccessToken)
            .WithName("AddMember")
            .WithSummary("Add a member to an organisation (association, funder, employer); its owners and coordinators may.")
            .WithTags("Organisations");
}
