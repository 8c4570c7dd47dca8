using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using ShareAlliance.Identity.Data;

namespace ShareAlliance.Identity.Setup;

/// <summary>Creates Identity's database and its tables when missing. One replica at a time: an advisory lock.</summary>
public static class IdentityDatabase
{
    private const long SetupLock = 0x5A_1DE7_0001;
    private const string DuplicateDatabase = "42P04";

    public static async Task CreateIfMissingAsync(string connectionString, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new InvalidOperationException("ConnectionStrings__Identity must name a database.");
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
        {
            return;
        }

        // CREATE DATABASE takes no parameters: quote the identifier ourselves.
        await using var create = new NpgsqlCommand($"create database \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState is DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another replica created it a moment ago.
        }
    }

    /// <summary>Holds a session-level advisory lock until disposed; the context's connection stays open meanwhile.</summary>
    public static async Task<IAsyncDisposable> LockAsync(IdentityDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"select pg_advisory_lock({SetupLock})", cancellationToken);
        return new Unlock(db);
    }

    /// <summary>
    /// EnsureCreated would skip a database that already holds any table (Marten's, for one); this checks Identity's own.
    /// Schema changes after the first release need EF migrations: CreateTables only creates.
    /// </summary>
    public static async Task CreateTablesIfMissingAsync(IdentityDb db, CancellationToken cancellationToken)
    {
        var exists = await db.Database
            .SqlQuery<bool>($"select to_regclass({IdentityDb.Schema + ".\"AspNetUsers\""}) is not null as \"Value\"")
            .SingleAsync(cancellationToken);
        if (!exists)
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync(cancellationToken);
        }
    }

    private sealed class Unlock(IdentityDb db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"select pg_advisory_unlock({SetupLock})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
