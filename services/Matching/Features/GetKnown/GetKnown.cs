using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.GetKnown;

// What matching holds of what it heard on the bus, each copy read by its id, at the version of its source.
public sealed record GetKnownNeedQuery(Guid Id) : IQuery<KnownNeed?>;

public sealed record GetKnownVolunteerQuery(Guid Id) : IQuery<KnownVolunteer?>;

public sealed record GetKnownNeedFundingQuery(Guid Id) : IQuery<KnownNeedFunding?>;

public sealed record GetKnownOfferQuery(Guid Id) : IQuery<KnownOffer?>;

public sealed class GetKnownHandler(IQuerySession session)
    : IQueryHandler<GetKnownNeedQuery, KnownNeed?>, IQueryHandler<GetKnownVolunteerQuery, KnownVolunteer?>,
        IQueryHandler<GetKnownNeedFundingQuery, KnownNeedFunding?>, IQueryHandler<GetKnownOfferQuery, KnownOffer?>
{
    public async ValueTask<KnownNeed?> Handle(GetKnownNeedQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<KnownNeed>(query.Id, cancellationToken);

    public async ValueTask<KnownVolunteer?> Handle(GetKnownVolunteerQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<KnownVolunteer>(query.Id, cancellationToken);

    public async ValueTask<KnownNeedFunding?> Handle(GetKnownNeedFundingQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<KnownNeedFunding>(query.Id, cancellationToken);

    public async ValueTask<KnownOffer?> Handle(GetKnownOfferQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<KnownOffer>(query.Id, cancellationToken);
}

/// <summary>Coordinators read matching's copies, one shape for each: 404 when unheard of, else the copy with its source's version as ETag.</summary>
public static class GetKnownEndpoints
{
    public static void MapGetKnown(this IEndpointRouteBuilder app)
    {
        app.MapKnown("/needs/{id:guid}", id => new GetKnownNeedQuery(id), n => n.Version,
            "GetKnownNeed", "What matching knows of a need (its copy, at the need's version, given as ETag).", "Needs");
        app.MapKnown("/volunteers/{id:guid}", id => new GetKnownVolunteerQuery(id), v => v.Version,
            "GetKnownVolunteer", "What matching knows of a volunteer (its copy, at the profile's version, given as ETag).", "Volunteers");
        app.MapKnown("/needs/{id:guid}/funding", id => new GetKnownNeedFundingQuery(id), f => f.Version,
            "GetKnownNeedFunding", "What matching knows of a need's funding gap (at the funding account's version, given as ETag).", "Funding");
        app.MapKnown("/offers/{id:guid}", id => new GetKnownOfferQuery(id), o => o.Version,
            "GetKnownOffer", "What matching knows of a funding offer (its copy, at the offer's version, given as ETag).", "Funding");
    }

    private static void MapKnown<T>(
        this IEndpointRouteBuilder app, string route, Func<Guid, IQuery<T?>> query, Func<T, long> version, string name, string summary, string tag)
        where T : class =>
        app.MapGet(route, async Task<Results<Ok<T>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(query(id), ct) is not { } known)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(version(known));
                return TypedResults.Ok(known);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName(name)
            .WithSummary(summary)
            .WithTags(tag);
}
