using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Matching.Domain;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.GetRound;

public sealed record GetRoundQuery(Guid RoundId) : IQuery<Round?>;

public sealed class GetRoundHandler(IQuerySession session) : IQueryHandler<GetRoundQuery, Round?>
{
    public async ValueTask<Round?> Handle(GetRoundQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Round>(query.RoundId, cancellationToken);
}

public static class GetRoundEndpoint
{
    public static void MapGetRound(this IEndpointRouteBuilder app) =>
        app.MapGet("/rounds/{id:guid}", async Task<Results<Ok<Round>, NotFound>> (Guid id, ISender sender, CancellationToken ct) =>
            {
                if (await sender.Send(new GetRoundQuery(id), ct) is not { } round)
                {
                    return TypedResults.NotFound();
                }

                return TypedResults.Ok(round);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName("GetRound")
            .WithSummary("A round's plan and figures: coverage, hours assigned, needs fully staffed, value, greedy's value and the gain.")
            .WithTags("Rounds");
}
