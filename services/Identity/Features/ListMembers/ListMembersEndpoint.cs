using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Identity.Access;
using ShareAlliance.Identity.Http;

namespace ShareAlliance.Identity.Features.ListMembers;

public static class ListMembersEndpoint
{
    public static void MapListMembers(this IEndpointRouteBuilder app) =>
        app.MapGet("/organisations/{kind}/{id:guid}/members", async Task<Results<Ok<IReadOnlyList<MemberView>>, ProblemHttpResult>> (
                string kind, Guid id, ClaimsPrincipal principal, ISender sender, CancellationToken ct) =>
            {
                if (!(await sender.Send(new OrganisationRightsQuery(Caller.From(principal), kind, id), ct)).CanManageMembers)
                {
                    return IdentityProblems.NotAllowed("Only an owner of this organisation or a coordinator may list its members.");
                }

                return TypedResults.Ok(await sender.Send(new ListMembersQuery(kind, id), ct));
            })
            .RequireAuthorization(IdentityPolicies.AccessToken)
            .WithName("ListMembers")
            .WithSummary("List an organisation's members and owners; its owners and coordinators may.")
            .WithTags("Organisations");
}
