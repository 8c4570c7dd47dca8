using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.GetKnownNeed;

public sealed record GetKnownNeedQuery(Guid Id) : IQuery<KnownNeed?>;

public sealed class GetKnownNeedHandler(IQuerySession session) : IQueryHandler<GetKnownNeedQuery, KnownNeed?>
{
    public async ValueTask<KnownNeed?> Handle(GetKnownNeedQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<KnownNeed>(query.Id, cancellationToken);
}

public static class GetKnownNeedEndpoint
{
    public static void MapGetKnownNeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/needs/{id:guid}", async Task<Results<Ok<KnownNeed>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetKnownNeedQuery(id), ct) is not { } need)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(need.Version);
                return TypedResults.Ok(need);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName("GetKnownNeed")
            .WithSummary("What matching knows of a need (its copy, at the need's version, given as ETag).")
            .WithTags("Needs");
}
