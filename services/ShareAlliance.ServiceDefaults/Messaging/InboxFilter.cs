using MassTransit;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.ServiceDefaults.Messaging;

/// <summary>
/// Gives every consumed message an idempotency key (queue + MessageId) before its consumer runs. The consumer sends
/// one command; the commit stores the key with the change, so a redelivered message is acknowledged and skipped.
/// </summary>
public sealed class InboxFilter<T>(OperationContext operation) : IFilter<ConsumeContext<T>>
    where T : class
{
    public Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(T).Name} arrived without a MessageId; every publisher here sets one.");
        var queue = context.ReceiveContext.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        operation.IdempotencyKey = $"inbox:{queue}:{messageId}";
        return next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
