using Marten;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features;

public static class PledgeAccess
{
    /// <summary>
    /// Loads a pledge to change it, as its funder (404 when unknown, 403 for another funder's), with the need's account and,
    /// when asked, the offer locked first (<see cref="AdvisoryLocks"/>).
    /// </summary>
    public static async Task<(JasperFx.Events.IEventStream<Pledge> Pledge, JasperFx.Events.IEventStream<NeedFunding> Account)> FetchOwnedPledgeAsync(
        this IDocumentSession session, CurrentUser user, Guid pledgeId, long? expectedVersion, bool lockOffer, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<Pledge>(pledgeId, cancellationToken) ?? throw new NotFoundException(nameof(Pledge));
        user.EnsureActsFor(OrganisationKinds.Funder, known.FunderId);
        await session.LockAsync(lockOffer ? [known.NeedId, known.OfferId] : [known.NeedId], cancellationToken);
        var pledge = await session.FetchForUpdateAsync<Pledge>(pledgeId, expectedVersion, cancellationToken);
        var account = await session.FetchForUpdateAsync<NeedFunding>(known.NeedId, null, cancellationToken);
        return (pledge, account);
    }
}
