using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.GetOffer;

public sealed record GetOfferQuery(Guid Id) : IQuery<FundingOffer?>;

public sealed record ListFunderOffersQuery(Guid FunderId) : IQuery<IReadOnlyList<FundingOffer>>;

/// <summary>Offers once opened are public to signed-in users; a draft is seen only by its funder and coordinators (others get 404).</summary>
public sealed class GetOfferHandler(IQuerySession session, CurrentUser user)
    : IQueryHandler<GetOfferQuery, FundingOffer?>, IQueryHandler<ListFunderOffersQuery, IReadOnlyList<FundingOffer>>
{
    public async ValueTask<FundingOffer?> Handle(GetOfferQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<FundingOffer>(query.Id, cancellationToken) is { } offer && IsVisible(offer) ? offer : null;

    public async ValueTask<IReadOnlyList<FundingOffer>> Handle(ListFunderOffersQuery query, CancellationToken cancellationToken)
    {
        var offers = await session.Query<FundingOffer>().Where(o => o.FunderId == query.FunderId).OrderBy(o => o.DraftedAt).ToListAsync(cancellationToken);
        return [.. offers.Where(IsVisible)];
    }

    private bool IsVisible(FundingOffer offer) =>
        offer.Status != OfferStatus.Draft || user.IsCoordinator || user.ActsFor(OrganisationKinds.Funder, offer.FunderId);
}

public static class GetOfferEndpoint
{
    public static void MapGetOffer(this IEndpointRouteBuilder app)
    {
        app.MapGet("/offers/{id:guid}", async Task<Results<Ok<FundingOffer>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetOfferQuery(id), ct) is not { } offer)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(offer.Version);
                return TypedResults.Ok(offer);
            })
            .WithName("GetOffer")
            .WithSummary("Read a funding offer: terms, status and what remains, with its version as ETag.")
            .WithTags("Offers");

        app.MapGet("/funders/{id:guid}/offers", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListFunderOffersQuery(id), ct)))
            .WithName("ListFunderOffers")
            .WithSummary("A funder's offers, oldest first (drafts only for the funder itself).")
            .WithTags("Offers");
    }
}
