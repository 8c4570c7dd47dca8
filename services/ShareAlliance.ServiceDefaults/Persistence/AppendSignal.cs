using System.Diagnostics;
using JasperFx.Events.Daemon.HighWater;
using Marten;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ShareAlliance.ServiceDefaults.Persistence;

/// <summary>
/// Wakes a service's async daemon (hence its relay) as soon as that service stores events, through PostgreSQL
/// LISTEN/NOTIFY on a channel of the service's own schema.
/// </summary>
/// <remarks>
/// Marten's own switch (<c>UseListenNotifyForEventAppends</c>) notifies one channel per database: where services share a
/// database (./run.sh, compose, one CloudNativePG cluster) every append woke every service's daemon, each of which then
/// queried its high-water mark for nothing — at 200 needs/s Matching's daemon ran 200 empty detections a second. Its
/// wake-up also dropped the notifications that arrived while the daemon worked, so an event committed just after a
/// detection waited for the next append or the polling timeout. Here: one channel per schema, nothing dropped, and under
/// load wake-ups are spaced by a minimum gap (<c>Marten:WakeupGap</c>) so one detection, one fetch and one progress write serve several
/// events instead of one each.
/// </remarks>
public static class AppendSignal
{
    /// <summary>The channel a schema's appends are announced on (PostgreSQL channel names are identifiers: at most 63 bytes).</summary>
    public static string Channel(string schema)
    {
        var channel = $"sa_events_{schema}";
        return channel.Length <= 63 ? channel : $"sa_events_{EventStoreExtensions.SchemaLockId(schema):x8}";
    }
}

/// <summary>Adds a NOTIFY on the schema's channel to every transaction that appends events (sent at commit, once per transaction).</summary>
internal sealed class AppendNotifier(string channel) : DocumentSessionListenerBase
{
    public override Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (session.PendingChanges.Streams().Any())
        {
            session.QueueSqlCommand("select pg_notify(?, '')", channel);
        }

        return Task.CompletedTask;
    }
}

/// <summary>The daemon's wait between two high-water detections: until the schema's channel is notified, or the timeout.</summary>
internal sealed partial class AppendWakeup(string connectionString, string channel, TimeSpan minimumGap, ILogger<AppendWakeup> logger)
    : IDaemonWakeup
{
    private readonly SemaphoreSlim listening = new(1, 1);
    private readonly CancellationTokenSource lifetime = new();
    private volatile bool pending;
    private readonly SemaphoreSlim signal = new(0);
    private NpgsqlConnection? connection;
    private Task? receiving;
    private long lastWake;

    public async Task WaitAsync(TimeSpan timeout, CancellationToken token)
    {
        if (!await EnsureListeningAsync(token))
        {
            await Task.Delay(timeout, token);
            return;
        }

        // A notification that came while the daemon worked may be for an event its last detection did not see: never
        // drop it. One more detection costs little; a lost wake-up costs the whole timeout.
        if (!pending)
        {
            await signal.WaitAsync(timeout, token);
        }

        if (pending && minimumGap > TimeSpan.Zero)
        {
            // Under load, let the next appends join this wake-up rather than start a cycle each.
            var since = Stopwatch.GetElapsedTime(Interlocked.Read(ref lastWake));
            if (since < minimumGap)
            {
                await Task.Delay(minimumGap - since, token);
            }
        }

        // Everything notified until now is covered by the detection that follows.
        pending = false;
        while (signal.Wait(0, CancellationToken.None))
        {
        }

        Interlocked.Exchange(ref lastWake, Stopwatch.GetTimestamp());
    }

    private async Task<bool> EnsureListeningAsync(CancellationToken token)
    {
        if (connection is not null)
        {
            return true;
        }

        await listening.WaitAsync(token);
        try
        {
            if (connection is not null)
            {
                return true;
            }

            var opened = new NpgsqlConnection(connectionString);
            try
            {
                await opened.OpenAsync(token);
                opened.Notification += (_, _) =>
                {
                    pending = true;
                    signal.Release();
                };
                await using (var listen = new NpgsqlCommand($"LISTEN \"{channel}\"", opened))
                {
                    await listen.ExecuteNonQueryAsync(token);
                }
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
            {
                await opened.DisposeAsync();
                CannotListen(exception, channel);
                return false;
            }

            connection = opened;
            // The wake-up that follows a (re)connection detects whatever was appended while nobody listened.
            pending = true;
            receiving = Task.Run(() => ReceiveAsync(opened), CancellationToken.None);
            return true;
        }
        finally
        {
            listening.Release();
        }
    }

    private async Task ReceiveAsync(NpgsqlConnection listener)
    {
        try
        {
            while (!lifetime.IsCancellationRequested)
            {
                await listener.WaitAsync(lifetime.Token);
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is NpgsqlException or IOException or TimeoutException)
        {
            LostListener(exception, channel);
        }
        finally
        {
            connection = null;
            await listener.DisposeAsync();
            // Wake the daemon so that its next wait reconnects instead of sleeping a whole timeout.
            pending = true;
            signal.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot listen on PostgreSQL channel {Channel}; the daemon polls until the database answers")]
    private partial void CannotListen(Exception exception, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the PostgreSQL connection listening on {Channel}; listening again at the next wait")]
    private partial void LostListener(Exception exception, string channel);

    public void Dispose()
    {
        // The receiving loop closes the connection when it sees the cancellation (an Npgsql connection cannot be closed
        // from another thread while it waits for notifications).
        lifetime.Cancel();
        receiving?.Wait(TimeSpan.FromSeconds(5));
    }
}
