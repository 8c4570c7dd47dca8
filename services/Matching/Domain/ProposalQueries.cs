using Marten;
using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Domain;

/// <summary>The queries behind a volunteer's <see cref="Commitments"/>: the one way the decisions and the index read them.</summary>
public static class ProposalQueries
{
    /// <summary>Each volunteer's commitments now: from their proposals still open or made in the last 7 days.</summary>
    public static async Task<Dictionary<Guid, Commitments>> CommitmentsAsync(
        this IQuerySession session, IReadOnlyDictionary<Guid, int> hoursPerMonth, DateTimeOffset now, MatchingWeights caps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hoursPerMonth);
        var ids = hoursPerMonth.Keys.ToArray();
        var weekAgo = now - TimeSpan.FromDays(7);
        var proposals = ids.Length == 0
            ? []
            : await session.Query<Proposal>()
                .Where(p => ids.Contains(p.VolunteerId)
                    && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Accepted || p.Status == ProposalStatus.Confirmed || p.ProposedAt > weekAgo))
                .ToListAsync(cancellationToken);
        var byVolunteer = proposals.ToLookup(p => p.VolunteerId);
        return ids.ToDictionary(id => id, id => Commitments.Of(hoursPerMonth[id], byVolunteer[id], now, caps));
    }

    /// <summary>One volunteer's commitments, from their copy in matching (no profile: no hours to give).</summary>
    public static async Task<Commitments> CommitmentsAsync(
        this IQuerySession session, Guid volunteerId, DateTimeOffset now, MatchingWeights caps, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownVolunteer>(volunteerId, cancellationToken);
        var hours = known is { Withdrawn: false, Facts: { } f } ? f.HoursPerMonth : 0;
        return (await session.CommitmentsAsync(new Dictionary<Guid, int> { [volunteerId] = hours }, now, caps, cancellationToken))[volunteerId];
    }
}
