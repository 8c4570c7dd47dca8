using JasperFx.Events;
using ShareAlliance.Identity.Domain;
using ShareAlliance.ServiceDefaults.Messaging;

namespace ShareAlliance.Identity.Integration;

/// <summary>Which stored events leave the service, and as which contract (ids only: the person's details are gone).</summary>
public sealed class IdentityRelay : IIntegrationEventMap
{
    public object? ToContract(IEvent stored) => stored.Data switch
    {
        AccountDeleted e => new Contracts.Identity.UserDeleted(e.UserId, e.DeletedAt),
        _ => null,
    };
}
