using Marten;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features;

public static class OfferAccess
{
    /// <summary>The one way an offer changes by hand: load it as its funder (404 / 412 / 403), let it decide, append, answer the new state.</summary>
    public static async Task<FundingOffer> DecideAsync(
        this IDocumentSession session, CurrentUser user, Guid offerId, long? expectedVersion, Func<FundingOffer, object> decide, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForUpdateAsync<FundingOffer>(offerId, expectedVersion, cancellationToken);
        user.EnsureActsFor(OrganisationKinds.Funder, stream.Aggregate!.FunderId);
        var decided = decide(stream.Aggregate);
        stream.AppendOne(decided);
        return stream.Aggregate.Next(decided) with { Version = stream.Aggregate.Version + 1 };
    }
}
