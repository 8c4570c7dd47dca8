using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.GetKnownVolunteer;

public sealed record GetKnownVolunteerQuery(Guid Id) : IQuery<KnownVolunteer?>;

public sealed class GetKnownVolunteerHandler(IQuerySession session) : IQueryHandler<GetKnownVolunteerQuery, KnownVolunteer?>
{
    public async ValueTask<KnownVolunteer?> Handle(GetKnownVolunteerQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<KnownVolunteer>(query.Id, cancellationToken);
}

public static class GetKnownVolunteerEndpoint
{
    public static void MapGetKnownVolunteer(this IEndpointRouteBuilder app) =>
        app.MapGet("/volunteers/{id:guid}", async Task<Results<Ok<KnownVolunteer>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetKnownVolunteerQuery(id), ct) is not { } volunteer)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(volunteer.Version);
                return TypedResults.Ok(volunteer);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName("GetKnownVolunteer")
            .WithSummary("What matching knows of a volunteer (its copy, at the profile's version, given as ETag).")
            .WithTags("Volunteers");
}
