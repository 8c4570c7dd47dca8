using System.Diagnostics;
using Npgsql;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>
/// Matching's read model, read directly: when each need was written there. <c>mt_last_modified</c> is set by Marten's
/// upsert to <c>transaction_timestamp()</c>, the start of Matching's write transaction, on the host's UTC wall clock.
/// </summary>
internal static class KnownNeeds
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Waits (one count query per poll, not one request per need) until Matching holds every id or the timeout passes.</summary>
    public static async Task<int> WaitForAsync(string schema, Guid[] ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var known = await CountAsync(schema, ids, cancellationToken);
            if (known == ids.Length || waited.Elapsed > timeout)
            {
                return known;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    public static async Task<Dictionary<Guid, DateTime>> CommittedAtAsync(string schema, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select id, mt_last_modified from {schema}.mt_doc_knownneed where id = any(@ids)", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var committed = new Dictionary<Guid, DateTime>(ids.Length);
        while (await reader.ReadAsync(cancellationToken))
        {
            var at = await reader.GetFieldValueAsync<DateTime>(1, cancellationToken);
            // timestamptz comes back as UTC; anything else would shift every latency by the time zone offset.
            committed[await reader.GetFieldValueAsync<Guid>(0, cancellationToken)] = at.Kind == DateTimeKind.Utc
                ? at
                : throw new InvalidOperationException($"mt_last_modified came back as {at.Kind}, expected Utc.");
        }

        return committed;
    }

    private static async Task<int> CountAsync(string schema, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"select count(*) from {schema}.mt_doc_knownneed where id = any(@ids)", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", ids));
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return 0; // Marten creates the table on Matching's first write
        }
    }
}
