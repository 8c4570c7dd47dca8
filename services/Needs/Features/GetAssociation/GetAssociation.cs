using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.GetAssociation;

public sealed record GetAssociationQuery(Guid Id) : IQuery<AssociationDetails?>;

/// <summary>A verified association is public; otherwise only its members and coordinators see it (others get 404).</summary>
public sealed class GetAssociationHandler(IQuerySession session, CurrentUser user) : IQueryHandler<GetAssociationQuery, AssociationDetails?>
{
    public async ValueTask<AssociationDetails?> Handle(GetAssociationQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Association>(query.Id, cancellationToken) is { } a
        && (a.Status == AssociationStatus.Verified
            || (user.IsAuthenticated && (user.IsCoordinator || user.ActsFor(OrganisationKinds.Association, a.Id))))
            ? AssociationDetails.From(a)
            : null;
}

public static class GetAssociationEndpoint
{
    public static void MapGetAssociation(this IEndpointRouteBuilder app) =>
        app.MapGet("/associations/{id:guid}", async Task<Results<Ok<AssociationDetails>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetAssociationQuery(id), ct) is not { } association)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(association.Version);
                return TypedResults.Ok(association);
            })
            .AllowAnonymous() // verified associations are public; the handler hides the others
            .WithName("GetAssociation")
            .WithSummary("Read an association's public profile and status.")
            .WithTags("Associations");
}
