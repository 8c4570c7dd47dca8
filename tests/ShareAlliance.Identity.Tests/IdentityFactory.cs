using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using ShareAlliance.Identity.Tests.Support;
using ShareAlliance.Testing;

namespace ShareAlliance.Identity.Tests;

/// <summary>
/// Identity in memory on a database of its own (created by the service at start, dropped afterwards), with its mailbox in
/// a temporary folder and every log line captured.
/// </summary>
public class IdentityFactory() : ServiceFactory<Program>("identity")
{
    public const string WebClient = "sharealliance-web";
    public const string RedirectUri = "http://localhost:5100/signin-callback";
    public const string TestsClient = "sharealliance-tests";
    public const string TestsClientSecret = "tests-only-secret-4f9c";
    public const string CoordinatorEmail = "coordinator@tests.local";
    public const string CoordinatorPassword = "harbour violin cactus tests";

    public TestDatabase Database { get; } = new("identity");

    public string ConnectionString => Database.ConnectionString;

    public Mailbox Mailbox { get; } = new(Path.Combine(Path.GetTempPath(), $"sa-identity-mailbox-{Guid.NewGuid():N}"));

    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Identity"] = ConnectionString,
            ["Identity:Mailbox"] = Mailbox.Folder,
            ["Identity:Coordinator:Email"] = CoordinatorEmail,
            ["Identity:Coordinator:Password"] = CoordinatorPassword,
            ["Identity:Clients:Web:ClientId"] = WebClient,
            ["Identity:Clients:Web:RedirectUris:0"] = RedirectUri,
            ["Identity:Clients:Tests:ClientId"] = TestsClient,
            ["Identity:Clients:Tests:Secret"] = TestsClientSecret,
            ["Identity:Clients:Tests:Roles:0"] = "coordinator",
            // Every request of a fixture comes from one address: keep the strict limit out of the way of other tests.
            ["RateLimits:StrictPerMinute"] = "10000",
        };
        Configure(settings);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>(null, LogLevel.Debug));
    }

    /// <summary>A query on Identity's database, independent of the service under test.</summary>
    public async Task<object?> ScalarAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Where a fixture changes a setting (a short token lifespan, say).</summary>
    protected virtual void Configure(IDictionary<string, string> settings)
    {
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DropAsync();
        Mailbox.Delete();
        GC.SuppressFinalize(this);
    }
}
