using Marten;
using Marten.Services;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Indexing;

/// <summary>
/// Keeps the <see cref="MatchingIndex"/> current after every commit, whoever made it (consumers, proposal endpoints, the
/// expiry job, rounds): needs and volunteers stored in the commit are upserted, and each volunteer a proposal event names
/// gets their load re-read. After the commit, never before: the index never shows what the database may still roll back.
/// A failure here is logged and never fails the request that committed (the next change or a restart puts it right).
/// </summary>
public sealed partial class IndexSync(MatchingIndex index, TimeProvider clock, ILogger<IndexSync> logger) : DocumentSessionListenerBase
{
    public override async Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(commit);
        try
        {
            var stored = commit.Updated.Concat(commit.Inserted).ToList();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            foreach (var need in stored.OfType<KnownNeed>())
            {
                index.Apply(need, today);
            }

            var volunteers = stored.OfType<KnownVolunteer>().ToDictionary(v => v.Id);
            var touched = commit.GetEvents().Select(e => VolunteerOf(e.Data)).OfType<Guid>().Concat(volunteers.Keys).Distinct().ToList();
            if (touched.Count == 0)
            {
                return;
            }

            await using var query = session.DocumentStore.QuerySession();
            foreach (var missing in await query.LoadManyAsync<KnownVolunteer>(token, touched.Where(id => !volunteers.ContainsKey(id))))
            {
                volunteers[missing.Id] = missing;
            }

            await RefreshAsync(query, volunteers.Values, token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSyncFailed(logger, e);
        }
    }

    /// <summary>Puts the volunteers with their current loads into the index (also used at start-up).</summary>
    public async Task RefreshAsync(IQuerySession query, IEnumerable<KnownVolunteer> volunteers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var all = volunteers.ToList();
        foreach (var batch in all.Chunk(1_000))
        {
            var commitments = await query.CommitmentsAsync(
                batch.ToDictionary(v => v.Id, EngineFacts.HoursPerMonth), clock.GetUtcNow(), index.Weights, cancellationToken);
            foreach (var volunteer in batch)
            {
                index.Apply(volunteer, commitments[volunteer.Id].ToLoad());
            }
        }
    }

    private static Guid? VolunteerOf(object data) => data switch
    {
        ProposalMade e => e.VolunteerId,
        ProposalAccepted e => e.VolunteerId,
        ProposalDeclined e => e.VolunteerId,
        ProposalConfirmed e => e.VolunteerId,
        ProposalExpired e => e.VolunteerId,
        ProposalWithdrawn e => e.VolunteerId,
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "The matching index could not follow a commit; it catches up at the next change or restart")]
    private static partial void LogSyncFailed(ILogger logger, Exception exception);
}

/// <summary>Registers <see cref="IndexSync"/> with Marten once the container can build it.</summary>
public sealed class IndexSyncRegistration(IndexSync sync) : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Listeners.Add(sync);
    }
}
