using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.OpenOffer;

public sealed record OpenOfferCommand(Guid OfferId, long? ExpectedVersion) : ICommand<FundingOffer>;

public sealed class OpenOfferHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<OpenOfferCommand, FundingOffer>
{
    public async ValueTask<FundingOffer> Handle(OpenOfferCommand command, CancellationToken cancellationToken)
    {
        // Queued behind pledges from the offer (AdvisoryLocks) rather than failing them as concurrent writes.
        await session.LockAsync([command.OfferId], cancellationToken);
        return await session.DecideAsync(user, command.OfferId, command.ExpectedVersion, offer => offer.Open(user.Id, clock.GetUtcNow()), cancellationToken);
    }
}

public static class OpenOfferEndpoint
{
    public static void MapOpenOffer(this IEndpointRouteBuilder app) =>
        app.MapPost("/offers/{id:guid}/open", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var offer = await sender.Send(new OpenOfferCommand(id, request.IfMatchVersion()), ct);
                response.SetETag(offer.Version);
                return TypedResults.Ok(offer);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Funder))
            .WithName("OpenOffer")
            .WithSummary("Open a draft offer: its funder may pledge from it, and matching sees it.")
            .WithTags("Offers");
}
