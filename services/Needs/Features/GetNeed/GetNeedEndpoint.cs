using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.ServiceDefaults.Http;

namespace ShareAlliance.Needs.Features.GetNeed;

public static class GetNeedEndpoint
{
    public static void MapGetNeed(this IEndpointRouteBuilder app) =>
        app.MapGet("/needs/{id:guid}", async Task<Results<Ok<NeedDetails>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetNeedQuery(id), ct) is not { } need)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(need.Version);
                return TypedResults.Ok(need);
            })
            .AllowAnonymous() // the public catalogue: published needs carry no personal data
            .WithName("GetNeed")
            .WithSummary("Read one need, with its version as ETag.")
            .WithTags("Needs");
}
