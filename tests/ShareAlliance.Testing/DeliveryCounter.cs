using System.Collections.Concurrent;
using MassTransit;

namespace ShareAlliance.Testing;

/// <summary>
/// Counts every delivery a service's consumers finished, per MessageId — a redelivery included, which the MassTransit harness's
/// message lists cannot show (they keep one entry per MessageId). A test that delivers a second message waits here for it
/// to be done before it asserts that nothing changed, so the assertion cannot pass by running too early. Note: the in-memory
/// transport never hands a consumer a second message with an id it has already delivered, so redelivery of the very same
/// message is tested over the real broker (EndToEnd), not here.
/// </summary>
public sealed class DeliveryCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> done = new();

    /// <summary>Waits until <paramref name="messageId"/> has been consumed (committed or skipped) <paramref name="deliveries"/> times.</summary>
    public async Task WaitAsync(Guid messageId, int deliveries, TimeSpan? timeout = null) =>
        await Eventually.GetAsync(
            () => Task.FromResult<object?>(done.GetValueOrDefault(messageId) >= deliveries ? true : null),
            timeout ?? TimeSpan.FromSeconds(30),
            $"message {messageId} to be consumed {deliveries} time(s)");

    Task IConsumeObserver.PreConsume<T>(ConsumeContext<T> context) => Task.CompletedTask;

    Task IConsumeObserver.PostConsume<T>(ConsumeContext<T> context)
    {
        if (context.MessageId is { } id)
        {
            done.AddOrUpdate(id, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    Task IConsumeObserver.ConsumeFault<T>(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
