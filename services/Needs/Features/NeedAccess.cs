using JasperFx.Events;
using Marten;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features;

public static class NeedAccess
{
    /// <summary>Loads a need to change it: 404 when unknown, 412 on a stale If-Match, 403 unless the caller acts for its association.</summary>
    public static async Task<IEventStream<Need>> FetchOwnedAsync(
        this IDocumentSession session, CurrentUser user, Guid needId, long? expectedVersion, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForUpdateAsync<Need>(needId, expectedVersion, cancellationToken);
        user.EnsureActsFor(OrganisationKinds.Association, stream.Aggregate!.AssociationId);
        return stream;
    }

    /// <summary>The one way a need changes: load it as its association, let it decide, append the decision, answer the new state.</summary>
    public static async Task<NeedDetails> DecideAsync(
        this IDocumentSession session, CurrentUser user, Guid needId, long? expectedVersion, Func<Need, object> decide, CancellationToken cancellationToken)
    {
        var stream = await session.FetchOwnedAsync(user, needId, expectedVersion, cancellationToken);
        var decided = decide(stream.Aggregate!);
        stream.AppendOne(decided);
        return NeedDetails.From(stream.Aggregate!.Next(decided) with { Version = stream.Aggregate.Version + 1 });
    }
}
