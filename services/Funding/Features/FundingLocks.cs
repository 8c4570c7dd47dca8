using Marten;
using Npgsql;

namespace ShareAlliance.Funding.Features;

/// <summary>
/// Serialises the writers of one need's funding account and of one offer.
/// <para>
/// Why a lock rather than optimistic retries: a pledge reads two totals (the offer's remaining and the need's remaining),
/// decides, and appends to both streams. Marten's expected-version check would catch a concurrent writer, but under a
/// burst (50 funders at one need) most writers would lose, retry, lose again and end as 409 "concurrent-write" although
/// money was left: a refusal for the wrong reason. A transaction-scoped PostgreSQL advisory lock per need and per offer
/// makes the writers of the same need or offer queue for a few milliseconds instead, each deciding on the totals the
/// previous one committed, so the only refusals are the real ones (over-offer-budget, over-need-budget). Pledges to other
/// needs and offers do not wait. The locks are taken in key order (no deadlock between a pledge and a cancellation) and
/// released by the commit or rollback; the streams' expected versions stay on as a second guard.
/// </para>
/// </summary>
public static class FundingLocks
{
    public static async Task LockAsync(this IDocumentSession session, CancellationToken cancellationToken, params Guid[] ids)
    {
        // The transaction, and so the locks, last until CommitBehavior saves the session (or the request fails).
        await session.BeginTransactionAsync(cancellationToken);
        foreach (var key in ids.Select(Key).Distinct().Order())
        {
            await using var command = new NpgsqlCommand("select pg_advisory_xact_lock($1)");
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            await session.ExecuteAsync(command, cancellationToken);
        }
    }

    // 64 bits of a 128-bit id: a collision only makes two unrelated writers queue behind each other, never wrong.
    private static long Key(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
