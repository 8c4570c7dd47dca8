using Marten;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Indexing;

/// <summary>
/// Builds the <see cref="MatchingIndex"/> from Matching's read model at start-up, before the bus starts consuming (it is
/// registered ahead of MassTransit's hosted service): published needs, every volunteer with a profile, and their loads.
/// </summary>
public sealed partial class IndexLoader(IDocumentStore store, MatchingIndex index, IndexSync sync, TimeProvider clock, ILogger<IndexLoader> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var needs = await query.Query<KnownNeed>().Where(n => n.Status == EngineFacts.Published).ToListAsync(cancellationToken);
        foreach (var need in needs)
        {
            index.Apply(need, today);
        }

        var volunteers = await query.Query<KnownVolunteer>().Where(v => !v.Withdrawn).ToListAsync(cancellationToken);
        await sync.RefreshAsync(query, volunteers, cancellationToken);
        LogLoaded(logger, needs.Count, volunteers.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching index loaded: {Needs} open needs, {Volunteers} volunteers")]
    private static partial void LogLoaded(ILogger logger, int needs, int volunteers);
}
