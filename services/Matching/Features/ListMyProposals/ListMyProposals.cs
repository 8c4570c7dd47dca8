using Marten;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.ListMyProposals;

public sealed record ListMyProposalsQuery : IQuery<IReadOnlyList<Proposal>>;

/// <summary>The caller's own proposals, newest first: whose they are comes from the token, never from the request.</summary>
public sealed class ListMyProposalsHandler(IQuerySession session, CurrentUser user) : IQueryHandler<ListMyProposalsQuery, IReadOnlyList<Proposal>>
{
    public async ValueTask<IReadOnlyList<Proposal>> Handle(ListMyProposalsQuery query, CancellationToken cancellationToken)
    {
        var me = user.Id;
        return await session.Query<Proposal>().Where(p => p.VolunteerId == me).OrderByDescending(p => p.ProposedAt).Take(200).ToListAsync(cancellationToken);
    }
}

public static class ListMyProposalsEndpoint
{
    public static void MapListMyProposals(this IEndpointRouteBuilder app) =>
        app.MapGet("/volunteers/me/proposals", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListMyProposalsQuery(), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Volunteer))
            .WithName("ListMyProposals")
            .WithSummary("The proposals made to you, newest first, with their reasons and status.")
            .WithTags("Proposals");
}
