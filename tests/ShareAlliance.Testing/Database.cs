using Npgsql;

namespace ShareAlliance.Testing;

/// <summary>Direct SQL for the checks a test makes independently of the service under test, and for clean-up.</summary>
public static class Database
{
    public static async Task<long> CountAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// How many event streams the schema holds (0 before the service created its tables). Marten's tombstone stream is
    /// not counted: it holds placeholders for the sequence numbers of rolled-back appends, not data.
    /// </summary>
    public static async Task<long> CountStreamsAsync(string schema, CancellationToken cancellationToken = default) =>
        await CountAsync($"select count(*) from information_schema.tables where table_schema = '{schema}' and table_name = 'mt_events'", cancellationToken) == 0
            ? 0
            : await CountAsync($"select count(distinct stream_id) from {schema}.mt_events where type <> 'tombstone'", cancellationToken);

    public static async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop schema if exists {schema} cascade", connection);
        await command.ExecuteNonQueryAsync();
    }
}
