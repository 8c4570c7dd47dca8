using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace ShareAlliance.ServiceDefaults.Requests;

/// <summary>Logs each message's type and duration, never its content (it may hold personal data).</summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly string MessageType = typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogHandled(logger, MessageType, elapsed);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {MessageType} in {ElapsedMs:F1} ms")]
    private static partial void LogHandled(ILogger logger, string messageType, double elapsedMs);
}
