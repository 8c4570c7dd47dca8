using JasperFx.Events;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ServiceDefaults.Messaging;

namespace ShareAlliance.Needs.Integration;

/// <summary>Which stored events leave the service, and as which contract (ids and facts, never personal data).</summary>
public sealed class NeedsRelay : IIntegrationEventMap
{
    public object? ToContract(IEvent stored) => stored.Data switch
    {
        NeedPublished e => new Contracts.Needs.NeedPublished(
            e.NeedId, stored.Version, e.AssociationId, e.Title, e.Category,
            [.. e.RequiredSkills.Select(s => new Contracts.Needs.RequiredSkill(s.Skill, s.MinimumLevel))],
            e.PublishedAt),
        _ => null,
    };
}
