using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Http;

namespace ShareAlliance.Funding.Features.GetFunder;

public sealed record GetFunderQuery(Guid Id) : IQuery<Funder?>;

public sealed class GetFunderHandler(IQuerySession session) : IQueryHandler<GetFunderQuery, Funder?>
{
    public async ValueTask<Funder?> Handle(GetFunderQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Funder>(query.Id, cancellationToken);
}

public static class GetFunderEndpoint
{
    public static void MapGetFunder(this IEndpointRouteBuilder app) =>
        app.MapGet("/funders/{id:guid}", async Task<Results<Ok<Funder>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetFunderQuery(id), ct) is not { } funder)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(funder.Version);
                return TypedResults.Ok(funder);
            })
            .WithName("GetFunder")
            .WithSummary("Read a funder's profile (an organisation's: no personal data).")
            .WithTags("Funders");
}
