using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.CancelPledge;

public sealed record CancelPledgeCommand(Guid PledgeId, long? ExpectedVersion) : ICommand<Pledge>;

/// <summary>Cancelling frees the amount on both sides: the need's remaining and the offer's remaining grow back.</summary>
public sealed class CancelPledgeHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<CancelPledgeCommand, Pledge>
{
    public async ValueTask<Pledge> Handle(CancelPledgeCommand command, CancellationToken cancellationToken)
    {
        var (pledge, account) = await session.FetchOwnedPledgeAsync(user, command.PledgeId, command.ExpectedVersion, lockOffer: true, cancellationToken);
        var now = clock.GetUtcNow();
        var p = pledge.Aggregate!;
        var cancelled = p.Cancel(user.Id, now);
        var offer = await session.FetchForUpdateAsync<FundingOffer>(p.OfferId, null, cancellationToken);
        pledge.AppendOne(cancelled);
        account.AppendOne(account.Aggregate!.Cancel(p.Id, p.OfferId, p.Amount, now));
        offer.AppendOne(offer.Aggregate!.Release(p.Id, p.NeedId, p.Amount, now));
        return p.Apply(cancelled) with { Version = p.Version + 1 };
    }
}

public static class CancelPledgeEndpoint
{
    public static void MapCancelPledge(this IEndpointRouteBuilder app) =>
        app.MapPost("/pledges/{id:guid}/cancel", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var pledge = await sender.Send(new CancelPledgeCommand(id, request.IfMatchVersion()), ct);
                response.SetETag(pledge.Version);
                return TypedResults.Ok(pledge);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Funder))
            .WithName("CancelPledge")
            .WithSummary("Cancel a pending pledge of your funder: the amount goes back to the offer and the need's gap.")
            .WithTags("Pledges");
}
