using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace ShareAlliance.ServiceDefaults.Messaging;

/// <summary>
/// The event store is the outbox: this Marten subscription reads committed events in order and publishes their
/// contracts with MessageId = the stored event's id, so consumers can drop redeliveries. The daemon only records
/// progress after a page is published, so a crash re-publishes (at-least-once) and never skips.
/// </summary>
public sealed partial class EventRelay : SubscriptionBase
{
    private readonly IIntegrationEventMap map;
    private readonly IBus bus;
    private readonly ILogger<EventRelay> logger;

    public EventRelay(IIntegrationEventMap map, IBus bus, ILogger<EventRelay> logger)
    {
        this.map = map;
        this.bus = bus;
        this.logger = logger;
        // The daemon's progress row is keyed by this name: renaming it would replay every event ever stored.
        Name = "relay";
    }

    /// <summary>The activity source of relay publications, continuing the trace of the request that stored the event.</summary>
    public static readonly ActivitySource Source = new("ShareAlliance.Relay");

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(5);

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // A page's messages go out together, each awaiting its broker confirm; progress is saved only once all are
        // accepted. Their order on the wire is not guaranteed, and need not be: consumers keep the newest version.
        var publications = new List<Task>(page.Events.Count);
        foreach (var stored in page.Events)
        {
            if (map.ToContract(stored) is { } contract)
            {
                publications.Add(PublishUntilAcceptedAsync(stored, contract, cancellationToken));
            }
        }

        await Task.WhenAll(publications);
        return NullChangeListener.Instance;
    }

    // The broker may be down for a while: keep this event (and so every later one) waiting rather than skip it.
    private async Task PublishUntilAcceptedAsync(IEvent stored, object contract, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            try
            {
                using var activity = Source.StartActivity($"relay {contract.GetType().Name}", ActivityKind.Producer, ParentOf(stored));
                await bus.Publish(contract, contract.GetType(), Pipe.Execute<PublishContext>(ctx => ctx.MessageId = stored.Id), cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogPublishFailed(logger, e, contract.GetType().Name, stored.Sequence, backoff.TotalMilliseconds);
                await Task.Delay(backoff, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private static string? ParentOf(IEvent stored) =>
        stored.Headers is { } headers && headers.TryGetValue(TraceHeader, out var parent) ? parent?.ToString() : null;

    /// <summary>Event header holding the W3C trace parent of the request that stored the event.</summary>
    public const string TraceHeader = "traceparent";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing {Contract} (event #{Sequence}) failed; retrying in {BackoffMs} ms")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string contract, long sequence, double backoffMs);
}
