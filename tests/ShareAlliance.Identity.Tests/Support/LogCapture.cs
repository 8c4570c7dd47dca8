using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ShareAlliance.Identity.Tests.Support;

/// <summary>Every log entry the service writes, with its structured values and scopes, as text to search.</summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Entries => [.. entries];

    public void Clear() => entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => capture.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string?> { $"{logLevel} {category}: {formatter(state, exception)}", exception?.ToString() };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }

            capture.scopes.ForEachScope((scope, list) => list.Add($"scope: {scope}"), parts);
            capture.entries.Enqueue(string.Join(" | ", parts.Where(p => p is not null)));
        }
    }
}
