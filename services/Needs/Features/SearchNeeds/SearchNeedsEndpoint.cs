using Mediator;

namespace ShareAlliance.Needs.Features.SearchNeeds;

public static class SearchNeedsEndpoint
{
    public static void MapSearchNeeds(this IEndpointRouteBuilder app) =>
        app.MapGet("/needs", async ([AsParameters] SearchNeedsQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .AllowAnonymous() // the public catalogue: only published (and later) needs, no personal data
            .WithName("SearchNeeds")
            .WithSummary("Search needs: text (French and English), filters, distance from a département, sort, pages, and facet counts.")
            .WithTags("Needs");
}
