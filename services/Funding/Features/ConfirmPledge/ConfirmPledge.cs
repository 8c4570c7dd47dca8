using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.ConfirmPledge;

public sealed record ConfirmPledgeCommand(Guid PledgeId, long? ExpectedVersion) : ICommand<Pledge>;

/// <summary>The money is committed: the amount moves from pledged to confirmed on the need; the offer's remaining does not move.</summary>
public sealed class ConfirmPledgeHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<ConfirmPledgeCommand, Pledge>
{
    public async ValueTask<Pledge> Handle(ConfirmPledgeCommand command, CancellationToken cancellationToken)
    {
        var (pledge, account) = await session.FetchOwnedPledgeAsync(user, command.PledgeId, command.ExpectedVersion, lockOffer: false, cancellationToken);
        var now = clock.GetUtcNow();
        var p = pledge.Aggregate!;
        var confirmed = p.Confirm(user.Id, now);
        pledge.AppendOne(confirmed);
        account.AppendOne(account.Aggregate!.Confirm(p.Id, p.OfferId, p.Amount, now));
        return p.Apply(confirmed) with { Version = p.Version + 1 };
    }
}

public static class ConfirmPledgeEndpoint
{
    public static void MapConfirmPledge(this IEndpointRouteBuilder app) =>
        app.MapPost("/pledges/{id:guid}/confirm", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var pledge = await sender.Send(new ConfirmPledgeCommand(id, request.IfMatchVersion()), ct);
                response.SetETag(pledge.Version);
                return TypedResults.Ok(pledge);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Funder))
            .WithName("ConfirmPledge")
            .WithSummary("Confirm a pending pledge of your funder: the money is committed.")
            .WithTags("Pledges");
}
