using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.CloseOffer;

public sealed record CloseOfferCommand(Guid OfferId, long? ExpectedVersion) : ICommand<FundingOffer>;

public sealed class CloseOfferHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<CloseOfferCommand, FundingOffer>
{
    public async ValueTask<FundingOffer> Handle(CloseOfferCommand command, CancellationToken cancellationToken)
    {
        // Queued behind pledges from the offer (AdvisoryLocks) rather than failing them as concurrent writes.
        await session.LockAsync([command.OfferId], cancellationToken);
        return await session.DecideAsync(user, command.OfferId, command.ExpectedVersion, offer => offer.Close(user.Id, clock.GetUtcNow()), cancellationToken);
    }
}

public static class CloseOfferEndpoint
{
    public static void MapCloseOffer(this IEndpointRouteBuilder app) =>
        app.MapPost("/offers/{id:guid}/close", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var offer = await sender.Send(new CloseOfferCommand(id, request.IfMatchVersion()), ct);
                response.SetETag(offer.Version);
                return TypedResults.Ok(offer);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Funder))
            .WithName("CloseOffer")
            .WithSummary("Close an offer: no new pledge from it; pledges made stay.")
            .WithTags("Offers");
}
