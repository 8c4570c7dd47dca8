using System.Diagnostics;
using JasperFx.Events.Daemon.HighWater;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.Testing;

namespace ShareAlliance.ServiceDefaults.Tests.Persistence;

// The relay's daemon is woken by its own service's appends, on a channel of the service's schema (AppendSignal).
public sealed class AppendSignalTests : IAsyncLifetime
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);
    private readonly string schema = $"append_signal_{Guid.NewGuid():N}";
    private readonly string otherSchema = $"append_signal_{Guid.NewGuid():N}";
    private WebApplication? service;
    private WebApplication? otherService;

    private IDaemonWakeup Wakeup => service!.Services.GetRequiredService<StoreOptions>().Projections.Wakeup
        ?? throw new InvalidOperationException("No wake-up configured.");

    public ValueTask InitializeAsync()
    {
        service = Build(schema);
        otherService = Build(otherSchema);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in new[] { service, otherService })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }

        await Database.DropSchemaAsync(schema);
        await Database.DropSchemaAsync(otherSchema);
    }

    [Fact]
    public async Task AppendingEvents_NotifiesTheSchemasChannel_AndStoringADocumentDoesNot()
    {
        await using var listener = await ListenAsync(AppendSignal.Channel(schema));

        await StoreDocumentAsync(service!);
        (await listener.WaitAsync(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken)).ShouldBeFalse("a document alone is not an event");

        await AppendAsync(service!);
        (await listener.WaitAsync(Prompt, TestContext.Current.CancellationToken)).ShouldBeTrue("an append notifies the schema's channel");
    }

    [Fact]
    public async Task AnotherServicesAppend_DoesNotWakeThisDaemon()
    {
        await Wakeup.WaitAsync(Prompt, TestContext.Current.CancellationToken); // the first wait returns at once: catch up after connecting

        var waiting = Stopwatch.StartNew();
        var wait = Wakeup.WaitAsync(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        await AppendAsync(otherService!);
        await wait;

        waiting.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.9), "woken by another schema's events");
    }

    [Fact]
    public async Task AnAppendWhileTheDaemonWorks_WakesItsNextWait()
    {
        await using var listener = await ListenAsync(AppendSignal.Channel(schema));
        await Wakeup.WaitAsync(Prompt, TestContext.Current.CancellationToken); // connected, caught up

        // The daemon is "working" (not waiting) when the append commits: the notification must not be lost.
        await AppendAsync(service!);
        (await listener.WaitAsync(Prompt, TestContext.Current.CancellationToken)).ShouldBeTrue();
        await Task.Delay(200, TestContext.Current.CancellationToken);

        var waiting = Stopwatch.StartNew();
        await Wakeup.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        waiting.Elapsed.ShouldBeLessThan(Prompt, "the append waited for the polling timeout instead of waking the daemon");
    }

    private static WebApplication Build(string schemaName)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration["ConnectionStrings:Marten"] = TestEnvironment.PostgresConnectionString;
        builder.AddEventStore(schemaName, options => options.Schema.For<Note>());
        return builder.Build();
    }

    private static async Task AppendAsync(WebApplication app)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.StartStream(Guid.NewGuid(), new NoteTaken("an event"));
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task StoreDocumentAsync(WebApplication app)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Store(new Note(Guid.NewGuid(), "a document"));
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<NpgsqlConnection> ListenAsync(string channel)
    {
        var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var listen = new NpgsqlCommand($"LISTEN \"{channel}\"", connection);
        await listen.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return connection;
    }

    public sealed record Note(Guid Id, string Text);

    public sealed record NoteTaken(string Text);
}
