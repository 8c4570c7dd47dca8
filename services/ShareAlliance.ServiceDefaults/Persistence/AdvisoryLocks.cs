using Marten;
using Npgsql;

namespace ShareAlliance.ServiceDefaults.Persistence;

/// <summary>
/// Serialises the writers of the same things (a need's funding account, an offer, a volunteer's commitments…) with
/// transaction-scoped PostgreSQL advisory locks, one per id.
/// <para>
/// Why a lock rather than optimistic retries: a decision that reads totals from several documents or streams (money left,
/// proposals pending) and appends elsewhere is not caught by one stream's expected version, and under a burst most writers
/// would lose, retry and end as 409 although room was left: a refusal for the wrong reason. With a lock, writers of the
/// same ids queue for a few milliseconds, each deciding on what the previous one committed; writers of other ids do not
/// wait. The locks are taken in key order (two writers never deadlock) and released by the commit or rollback.
/// </para>
/// </summary>
public static class AdvisoryLocks
{
    /// <summary>Begins the session's transaction and locks every id in it, in key order, in one round trip (until commit or rollback).</summary>
    public static async Task LockAsync(this IDocumentSession session, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(ids);
        // The transaction, and so the locks, last until CommitBehavior saves the session (or the request fails).
        await session.BeginTransactionAsync(cancellationToken);
        // The sorted subquery keeps the key order inside the one statement.
        await using var command = new NpgsqlCommand("select count(pg_advisory_xact_lock(k)) from (select unnest($1) as k order by 1) as keys");
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. ids.Select(KeyOf).Distinct().Order()] });
        await session.ExecuteAsync(command, cancellationToken);
    }

    /// <summary>The lock key of an id: 64 bits of its 128 (a collision only makes two unrelated writers queue, never wrong).</summary>
    public static long KeyOf(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
