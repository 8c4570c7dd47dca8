using Marten;
using Marten.Linq.LastModified;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Indexing;

/// <summary>
/// Catches the index up with commits made by other processes: API replicas compete for the same queues (k8s/: two of them
/// and the daemon), so each replica's own commits reach its index at once (<see cref="IndexSync"/>) and the others' within
/// <c>Matching:IndexCatchUpSeconds</c> (default 5). Every tick re-reads the needs, volunteers and proposals modified since
/// the previous tick (with an overlap of two periods, for transactions that started before it and committed after; their
/// modification time is their start), through an index on <c>mt_last_modified</c>. Applying twice changes nothing.
/// </summary>
public sealed partial class IndexCatchUp(
    IDocumentStore store, MatchingIndex index, IndexSync sync, TimeProvider clock, IConfiguration configuration, ILogger<IndexCatchUp> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(configuration.GetValue("Matching:IndexCatchUpSeconds", 5.0));
        // Real time, not the domain clock: it is compared with the database's modification times (a test's fake clock must not move it).
        var since = TimeProvider.System.GetUtcNow();
        using var timer = new PeriodicTimer(period, TimeProvider.System);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var started = TimeProvider.System.GetUtcNow();
            try
            {
                await CatchUpAsync(since - (2 * period), stoppingToken);
                since = started;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCatchUpFailed(logger, e);
            }
        }
    }

    private async Task CatchUpAsync(DateTimeOffset from, CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var need in await query.Query<KnownNeed>().Where(n => n.ModifiedSince(from)).ToListAsync(cancellationToken))
        {
            index.Apply(need, today);
        }

        var volunteers = (await query.Query<KnownVolunteer>().Where(v => v.ModifiedSince(from)).ToListAsync(cancellationToken)).ToDictionary(v => v.Id);
        var loaded = await query.Query<Proposal>().Where(p => p.ModifiedSince(from)).Select(p => p.VolunteerId).ToListAsync(cancellationToken);
        var missing = loaded.Distinct().Where(id => !volunteers.ContainsKey(id)).ToList();
        foreach (var volunteer in missing.Count == 0 ? [] : await query.LoadManyAsync<KnownVolunteer>(cancellationToken, missing))
        {
            volunteers[volunteer.Id] = volunteer;
        }

        if (volunteers.Count > 0)
        {
            await sync.RefreshAsync(query, volunteers.Values, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The matching index could not catch up with other replicas' commits; the next tick tries again")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);
}
