using JasperFx.Events;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ServiceDefaults.Messaging;
using Contract = ShareAlliance.Contracts.Needs;

namespace ShareAlliance.Needs.Integration;

/// <summary>Which stored events leave the service, and as which contract (ids and facts, never personal data).</summary>
public sealed class NeedsRelay : IIntegrationEventMap
{
    public object? ToContract(IEvent stored) => stored.Data switch
    {
        NeedPublished e => new Contract.NeedPublished(
            e.NeedId, stored.Version, e.AssociationId, e.Content.Title, e.Content.Category, Skills(e.Content), Terms(e.Content), e.PublishedAt),
        NeedEdited { WhilePublished: true } e => new Contract.NeedUpdated(
            e.NeedId, stored.Version, e.AssociationId, e.Content.Title, e.Content.Category, Skills(e.Content), Terms(e.Content), e.EditedAt),
        NeedStaffed e => Status(e.NeedId, stored, NeedStatus.Staffed, null, e.StaffedAt),
        NeedStarted e => Status(e.NeedId, stored, NeedStatus.InProgress, null, e.StartedAt),
        NeedCompleted e => Status(e.NeedId, stored, NeedStatus.Completed, null, e.CompletedAt),
        NeedCancelled e => Status(e.NeedId, stored, NeedStatus.Cancelled, e.Reason, e.CancelledAt),
        NeedExpired e => Status(e.NeedId, stored, NeedStatus.Expired, null, e.ExpiredAt),
        AssociationRegistered e => new Contract.AssociationRegistered(
            e.AssociationId, e.OwnerUserId, e.Profile.Departement, e.Profile.Causes, e.RegisteredAt),
        AssociationVerified e => new Contract.AssociationStatusChanged(e.AssociationId, stored.Version, nameof(AssociationStatus.Verified), e.VerifiedAt),
        AssociationRejected e => new Contract.AssociationStatusChanged(e.AssociationId, stored.Version, nameof(AssociationStatus.Rejected), e.RejectedAt),
        AssociationSuspended e => new Contract.AssociationStatusChanged(e.AssociationId, stored.Version, nameof(AssociationStatus.Suspended), e.SuspendedAt),
        _ => null,
    };

    private static Contract.NeedStatusChanged Status(Guid needId, IEvent stored, NeedStatus status, string? reason, DateTimeOffset at) =>
        new(needId, stored.Version, status.ToString(), reason, at);

    private static List<Contract.RequiredSkill> Skills(NeedContent content) =>
        [.. content.RequiredSkills.Select(s => new Contract.RequiredSkill(s.Skill, s.MinimumLevel))];

    private static Contract.NeedTerms Terms(NeedContent c) => new(
        c.Format.ToString(), c.WorkMode.ToString(), c.Place?.Departement, c.EffortHours, c.Deadline, c.Urgency.ToString(),
        c.Languages, c.Budget, c.Sensitive);
}
