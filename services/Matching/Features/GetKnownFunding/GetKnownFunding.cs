using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.GetKnownFunding;

public sealed record GetKnownNeedFundingQuery(Guid NeedId) : IQuery<KnownNeedFunding?>;

public sealed record GetKnownOfferQuery(Guid OfferId) : IQuery<KnownOffer?>;

public sealed class GetKnownFundingHandler(IQuerySession session)
    : IQueryHandler<GetKnownNeedFundingQuery, KnownNeedFunding?>, IQueryHandler<GetKnownOfferQuery, KnownOffer?>
{
    public async ValueTask<KnownNeedFunding?> Handle(GetKnownNeedFundingQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<KnownNeedFunding>(query.NeedId, cancellationToken);

    public async ValueTask<KnownOffer?> Handle(GetKnownOfferQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<KnownOffer>(query.OfferId, cancellationToken);
}

public static class GetKnownFundingEndpoint
{
    public static void MapGetKnownFunding(this IEndpointRouteBuilder app)
    {
        app.MapGet("/needs/{id:guid}/funding", async Task<Results<Ok<KnownNeedFunding>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetKnownNeedFundingQuery(id), ct) is not { } funding)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(funding.Version);
                return TypedResults.Ok(funding);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName("GetKnownNeedFunding")
            .WithSummary("What matching knows of a need's funding gap (at the funding account's version, given as ETag).")
            .WithTags("Funding");

        app.MapGet("/offers/{id:guid}", async Task<Results<Ok<KnownOffer>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetKnownOfferQuery(id), ct) is not { } offer)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(offer.Version);
                return TypedResults.Ok(offer);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName("GetKnownOffer")
            .WithSummary("What matching knows of a funding offer (its copy, at the offer's version, given as ETag).")
            .WithTags("Funding");
    }
}
