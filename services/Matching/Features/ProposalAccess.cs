using JasperFx.Events;
using Marten;
using ShareAlliance.Matching.Domain;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features;

/// <summary>Who may touch a proposal: its volunteer, the association that owns its need, coordinators. Anyone else gets 404.</summary>
public static class ProposalAccess
{
    public static bool IsVolunteerOf(this CurrentUser user, Proposal proposal) => user.Id == proposal.VolunteerId;

    public static bool ActsForAssociationOf(this CurrentUser user, Proposal proposal) =>
        user.ActsFor(OrganisationKinds.Association, proposal.AssociationId) || user.IsCoordinator;

    /// <summary>
    /// Locks what the decision reads (the volunteer's commitments, and the need's staffing when asked), then loads the
    /// proposal to change it: 404 when unknown or when <paramref name="allowed"/> says the caller is no party to it.
    /// </summary>
    public static async Task<IEventStream<Proposal>> FetchForDecisionAsync(
        this IDocumentSession session, Guid proposalId, Func<Proposal, bool> allowed, bool lockNeed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(allowed);
        if (await session.LoadAsync<Proposal>(proposalId, cancellationToken) is not { } peek || !allowed(peek))
        {
            throw new NotFoundException(nameof(Proposal));
        }

        await session.LockAsync(lockNeed ? [peek.VolunteerId, peek.NeedId] : [peek.VolunteerId], cancellationToken);
        return await session.FetchForUpdateAsync<Proposal>(proposalId, expectedVersion: null, cancellationToken);
    }

    /// <summary>Appends the decision and answers the proposal as it now stands (with its new version as ETag).</summary>
    public static Proposal Record(this IEventStream<Proposal> stream, object decided)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.AppendOne(decided);
        return stream.Aggregate!.Next(decided) with { Version = stream.Aggregate.Version + 1 };
    }

    public static IResult Answer(this Proposal proposal, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        response.SetETag(proposal.Version);
        return TypedResults.Ok(proposal);
    }
}
