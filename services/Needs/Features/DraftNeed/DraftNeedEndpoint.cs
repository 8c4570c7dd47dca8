using Mediator;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.DraftNeed;

public static class DraftNeedEndpoint
{
    public static void MapDraftNeed(this IEndpointRouteBuilder app) =>
        app.MapPost("/needs", async (DraftNeedCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var need = await sender.Send(command, ct);
                response.SetETag(need.Version);
                return TypedResults.Created($"/needs/{need.Id}", need);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember))
            .WithName("DraftNeed")
            .WithSummary("Write a need as a draft for your association (publish it when ready). Send an Idempotency-Key to retry safely.")
            .WithTags("Needs");
}
