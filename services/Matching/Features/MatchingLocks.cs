using Marten;
using Npgsql;

namespace ShareAlliance.Matching.Features;

/// <summary>
/// Serialises the writers of one volunteer's commitments and of one need's staffing. The caps (3 pending, 2 a week) and
/// the availability rule are decided on counts read from other proposals' documents: two transactions deciding at once
/// would both see room for one more. A transaction-scoped PostgreSQL advisory lock per volunteer and per need makes them
/// queue for a few milliseconds instead, each deciding on what the previous one committed (the same choice as the funding
/// service's FundingLocks, for the same reason). Taken once per transaction, in key order, so two writers never deadlock.
/// </summary>
public static class MatchingLocks
{
    public static async Task LockAsync(this IDocumentSession session, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        // The transaction, and so the locks, last until CommitBehavior saves the session (or the request fails).
        await session.BeginTransactionAsync(cancellationToken);
        // One round trip for all of them (a proposal batch locks a need and a dozen volunteers), taken in key order.
        await using var command = new NpgsqlCommand("select count(pg_advisory_xact_lock(k)) from (select unnest($1) as k order by 1) as keys");
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. ids.Select(Key).Distinct().Order()] });
        await session.ExecuteAsync(command, cancellationToken);
    }

    // 64 bits of a 128-bit id: a collision only makes two unrelated writers queue behind each other, never wrong.
    private static long Key(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
