using JasperFx.Events;

namespace ShareAlliance.ServiceDefaults.Messaging;

/// <summary>A service's translation of its stored events into integration contracts (null: nothing to publish).</summary>
public interface IIntegrationEventMap
{
    /// <summary>The contract to publish for this stored event, or null when the event stays inside the service.</summary>
    object? ToContract(IEvent stored);
}
