using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Features.GetContact;

/// <summary>How to reach a volunteer: for the association whose proposal they accepted, and nobody else.</summary>
public sealed record VolunteerContact(Guid Id, string DisplayName, string? ContactEmail, string? ContactPhone);

public sealed record GetContactQuery(Guid VolunteerId) : IQuery<VolunteerContact?>;

/// <summary>
/// Null (404, no existence leak) unless the caller acts for an association that owns a need whose proposal this volunteer
/// accepted and that has not ended (declined, expired, withdrawn); also null once the person erased their details.
/// </summary>
public sealed class GetContactHandler(IQuerySession session, CurrentUser user) : IQueryHandler<GetContactQuery, VolunteerContact?>
{
    public async ValueTask<VolunteerContact?> Handle(GetContactQuery query, CancellationToken cancellationToken)
    {
        var active = await session.Query<VolunteerMatch>()
            .Where(m => m.VolunteerId == query.VolunteerId && (m.Stage == MatchStage.Accepted || m.Stage == MatchStage.Confirmed))
            .ToListAsync(cancellationToken);
        if (!active.Any(m => m.AssociationId is { } a && user.ActsFor(OrganisationKinds.Association, a)))
        {
            return null;
        }

        return await session.LoadAsync<VolunteerDetails>(query.VolunteerId, cancellationToken) is { } d
            ? new VolunteerContact(d.Id, d.DisplayName, d.ContactEmail, d.ContactPhone)
            : null;
    }
}

public static class GetContactEndpoint
{
    public static void MapGetContact(this IEndpointRouteBuilder app) =>
        app.MapGet("/volunteers/{id:guid}/contact", async Task<Results<Ok<VolunteerContact>, NotFound>> (Guid id, ISender sender, CancellationToken ct) =>
                await sender.Send(new GetContactQuery(id), ct) is { } contact ? TypedResults.Ok(contact) : TypedResults.NotFound())
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember))
            .WithName("GetVolunteerContact")
            .WithSummary("A volunteer's name and contact, for the association whose proposal they accepted (404 for anyone else).")
            .WithTags("Volunteers");
}
