using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.GetPledge;

public sealed record GetPledgeQuery(Guid Id) : IQuery<Pledge?>;

public sealed record ListFunderPledgesQuery(Guid FunderId) : IQuery<IReadOnlyList<Pledge>>;

/// <summary>A pledge is its funder's business (and coordinators'): others get 404, not a hint that it exists.</summary>
public sealed class GetPledgeHandler(IQuerySession session, CurrentUser user)
    : IQueryHandler<GetPledgeQuery, Pledge?>, IQueryHandler<ListFunderPledgesQuery, IReadOnlyList<Pledge>>
{
    public async ValueTask<Pledge?> Handle(GetPledgeQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Pledge>(query.Id, cancellationToken) is { } pledge
        && (user.IsCoordinator || user.ActsFor(OrganisationKinds.Funder, pledge.FunderId)) ? pledge : null;

    public async ValueTask<IReadOnlyList<Pledge>> Handle(ListFunderPledgesQuery query, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Funder, query.FunderId);
        return await session.Query<Pledge>().Where(p => p.FunderId == query.FunderId).OrderByDescending(p => p.PledgedAt).ToListAsync(cancellationToken);
    }
}

public static class GetPledgeEndpoint
{
    public static void MapGetPledge(this IEndpointRouteBuilder app) =>
        app.MapGet("/pledges/{id:guid}", async Task<Results<Ok<Pledge>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetPledgeQuery(id), ct) is not { } pledge)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(pledge.Version);
                return TypedResults.Ok(pledge);
            })
            .WithName("GetPledge")
            .WithSummary("Read one of your funder's pledges.")
            .WithTags("Pledges");

    public static void MapListFunderPledges(this IEndpointRouteBuilder app) =>
        app.MapGet("/funders/{id:guid}/pledges", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListFunderPledgesQuery(id), ct)))
            .WithName("ListFunderPledges")
            .WithSummary("Your funder's pledges, newest first, whatever their status (its members and coordinators).")
            .WithTags("Pledges");
}
