using Mediator;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.PublishNeed;

public static class PublishNeedEndpoint
{
    public static void MapPublishNeed(this IEndpointRouteBuilder app) =>
        app.MapPost("/needs", async (PublishNeedCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var need = await sender.Send(command, ct);
                response.SetETag(need.Version);
                return TypedResults.Created($"/needs/{need.Id}", need);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember))
            .WithName("PublishNeed")
            .WithSummary("Publish a digital need (send an Idempotency-Key to retry safely).")
            .WithTags("Needs");
}
