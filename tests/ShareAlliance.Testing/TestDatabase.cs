using Npgsql;

namespace ShareAlliance.Testing;

/// <summary>A database of its own for a service that keeps one (identity), on the test server; dropped afterwards.</summary>
public sealed class TestDatabase(string service)
{
    public string Name { get; } = $"t_{service}_{Guid.NewGuid():N}";

    public string ConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = Name }.ConnectionString;

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{Name}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
