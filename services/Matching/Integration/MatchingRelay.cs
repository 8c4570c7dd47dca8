using JasperFx.Events;
using ShareAlliance.Matching.Domain;
using ShareAlliance.ServiceDefaults.Messaging;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Matching.Integration;

/// <summary>Which stored events leave the service, and as which contract (ids, scores and reasons, never personal data).</summary>
public sealed class MatchingRelay : IIntegrationEventMap
{
    public object? ToContract(IEvent stored) => stored.Data switch
    {
        ProposalMade e => new Contract.MatchProposed(
            e.ProposalId, e.NeedId, e.AssociationId, e.VolunteerId, e.Score, e.Reasons, e.CoveredSkills, e.HoursPerMonth, e.ProposedAt, e.ExpiresAt, e.RoundId),
        ProposalAccepted e => new Contract.MatchAccepted(e.ProposalId, e.NeedId, e.VolunteerId, e.AcceptedAt, e.AssociationId),
        ProposalDeclined e => new Contract.MatchDeclined(e.ProposalId, e.NeedId, e.VolunteerId, e.By.ToString(), e.ReasonCode, e.DeclinedAt),
        ProposalConfirmed e => new Contract.MatchConfirmed(e.ProposalId, e.NeedId, e.VolunteerId, e.HoursPerMonth, e.ConfirmedAt),
        ProposalExpired e => new Contract.MatchExpired(e.ProposalId, e.NeedId, e.VolunteerId, e.ExpiredAt),
        ProposalWithdrawn e => new Contract.MatchWithdrawn(e.ProposalId, e.NeedId, e.AssociationId, e.VolunteerId, e.ReasonCode, e.HoursFreed, e.WithdrawnAt),
        NeedStaffedByMatches e => new Contract.NeedStaffed(e.NeedId, e.ConfirmedProposals, e.StaffedAt),
        RoundCompleted e => new Contract.CoordinationRoundCompleted(
            e.RoundId, e.DryRun, e.Needs, e.Volunteers, e.Proposals.Count, e.Exact.HoursAssigned, e.Exact.NeedsFullyStaffed, e.Exact.Coverage,
            e.Exact.Value, e.Greedy.Value, e.CompletedAt),
        _ => null,
    };
}
