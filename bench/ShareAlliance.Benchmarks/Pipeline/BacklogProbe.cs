using Npgsql;
using RabbitMQ.Client.Exceptions;
using ShareAlliance.Benchmarks.Reporting;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>
/// Where a backlog builds, sampled once a second during the measured window: events stored by Needs that the async
/// daemon has not yet seen as safe to read (behind its high-water mark), events past the high-water mark that the relay
/// has not yet published, and messages waiting in Matching's queue (ready, not yet handed to the consumer).
/// </summary>
internal sealed class BacklogProbe : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    private BacklogProbe(PipelinePlatform platform, CancellationToken cancellationToken)
    {
        var linked = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, cancellationToken);
        sampling = SampleAsync(platform, linked.Token).ContinueWith(_ => linked.Dispose(), TaskScheduler.Default);
    }

    /// <summary>Most events stored but not yet under the daemon's high-water mark; -1 when it could not be read.</summary>
    public long PeakHighWaterLag { get; private set; } = -1;

    /// <summary>Most events under the high-water mark that the relay had not yet published; -1 when it could not be read.</summary>
    public long PeakRelayLag { get; private set; } = -1;

    /// <summary>Most messages ready in Matching's queue; -1 when it could not be read.</summary>
    public long PeakQueueDepth { get; private set; } = -1;

    public static BacklogProbe Start(PipelinePlatform platform, CancellationToken cancellationToken) => new(platform, cancellationToken);

    /// <summary>Waits until the relay has read every stored event (drafts included), so a window starts with no backlog.</summary>
    public static async Task WaitForRelayAsync(PipelinePlatform platform, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await using var database = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await database.OpenAsync(cancellationToken);
        await Eventually.GetAsync(
            async () =>
            {
                var (behindHighWater, behindRelay) = await LagsAsync(database, platform.NeedsSchema, cancellationToken);
                return behindHighWater + behindRelay == 0 ? string.Empty : null;
            },
            timeout, "the relay to read every draft");
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }

    private async Task SampleAsync(PipelinePlatform platform, CancellationToken cancellationToken)
    {
        try
        {
            await using var database = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await database.OpenAsync(cancellationToken);
            await using var broker = await Broker.ConnectAsync(cancellationToken);
            await using var channel = await broker.CreateChannelAsync(cancellationToken: cancellationToken);
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var (behindHighWater, behindRelay) = await LagsAsync(database, platform.NeedsSchema, cancellationToken);
                PeakHighWaterLag = Math.Max(PeakHighWaterLag, behindHighWater);
                PeakRelayLag = Math.Max(PeakRelayLag, behindRelay);

                var queue = await channel.QueueDeclarePassiveAsync(platform.MatchingQueue, cancellationToken);
                PeakQueueDepth = Math.Max(PeakQueueDepth, queue.MessageCount);
            }
        }
        catch (OperationCanceledException)
        {
            // the window ended
        }
        catch (Exception e) when (e is NpgsqlException or OperationInterruptedException or BrokerUnreachableException)
        {
            await Console.Error.WriteLineAsync($"backlog probe stopped: {e.Message}");
        }
    }

    private static async Task<(long BehindHighWater, long BehindRelay)> LagsAsync(NpgsqlConnection database, string schema, CancellationToken cancellationToken)
    {
        // Marten's progress rows: 'HighWaterMark' for the daemon, 'relay:All' for the subscription (named "relay").
        await using var command = new NpgsqlCommand($"""
            with p as (select
                (select coalesce(max(seq_id), 0) from {schema}.mt_events) as stored,
                (select coalesce(max(last_seq_id), 0) from {schema}.mt_event_progression where name = 'HighWaterMark') as high_water,
                (select coalesce(max(last_seq_id), 0) from {schema}.mt_event_progression where name like 'relay:%') as relayed)
            select stored - high_water, high_water - relayed from p
            """, database);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (await reader.GetFieldValueAsync<long>(0, cancellationToken), await reader.GetFieldValueAsync<long>(1, cancellationToken));
    }
}
