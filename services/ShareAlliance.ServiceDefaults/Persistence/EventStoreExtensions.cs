using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Weasel.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.ServiceDefaults.Persistence;

/// <summary>Marten wiring shared by every service: its own schema, events with headers, the event store as outbox.</summary>
public static class EventStoreExtensions
{
    /// <summary>
    /// <c>EventStore:RunDaemon</c> (default true): false makes this process an API replica only, which stores events but
    /// leaves relaying them to the single daemon replica (k8s/: the <c>-daemon</c> Deployment runs the same image with it true).
    /// </summary>
    public const string RunDaemonSetting = "EventStore:RunDaemon";

    /// <summary>
    /// Adds Marten on <c>ConnectionStrings:Marten</c> in the service's own schema (<c>Marten:Schema</c> overrides it, as the
    /// tests do to get a fresh schema per fixture).
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventStore(
        this WebApplicationBuilder builder, string schema, Action<StoreOptions> configure)
    {
        var connectionString = builder.Configuration.GetConnectionString("Marten")
            ?? throw new InvalidOperationException("Set ConnectionStrings__Marten (see README: Configuration).");
        var schemaName = builder.Configuration["Marten:Schema"] ?? schema;
        // LISTEN/NOTIFY wakes the daemon when the service appends (AppendSignal); polling stays switchable so the benchmark
        // can measure it. Under load, wake-ups are spaced by Marten:WakeupGap so that one daemon cycle serves several events.
        var listenNotify = builder.Configuration.GetValue("Marten:ListenNotify", true);
        var wakeupGap = builder.Configuration.GetValue("Marten:WakeupGap", DefaultWakeupGap);
        builder.Services.AddSingleton(new EventStoreRole(builder.Configuration.GetValue(RunDaemonSetting, true)));
        if (listenNotify)
        {
            var channel = AppendSignal.Channel(schemaName);
            builder.Services.AddSingleton(services => new AppendWakeup(
                connectionString, channel, wakeupGap, services.GetRequiredService<ILogger<AppendWakeup>>()));
            builder.Services.ConfigureMarten((services, options) =>
            {
                options.Listeners.Add(new AppendNotifier(channel));
                options.Projections.Wakeup = services.GetRequiredService<AppendWakeup>();
            });
        }

        return builder.Services.AddMarten(options =>
            {
                options.Connection(connectionString);
                // Enums as strings, as the APIs write them: readable in the database, and LINQ filters compare like for like.
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString);
                options.DatabaseSchemaName = schemaName;
                options.Events.DatabaseSchemaName = schemaName;
                options.Events.StreamIdentity = StreamIdentity.AsGuid;
                // Marten's own LISTEN/NOTIFY uses one channel per database, shared by every service: AppendSignal instead.
                options.Events.UseListenNotifyForEventAppends = false;
                options.Events.MetadataConfig.HeadersEnabled = true;
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                // Marten applies schema changes at start-up under one advisory lock, the same id in every store by default:
                // services sharing a database (./run.sh, compose, a test run) then queue behind each other and, on a busy
                // machine, one gives up and exits. One lock per schema: only replicas of the same service wait for each other.
                options.ApplyChangesLockId = SchemaLockId(schemaName);
                options.Schema.For<IdempotencyRecord>().Identity(r => r.Id);
                configure(options);
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup();
    }

    /// <summary>
    /// The least time between two wake-ups of the daemon: the most an event waits for others to join its cycle. A lone event
    /// never waits (the gap since the last wake-up is long past). Measured at 200 needs/s on 2 cores, need posted → known to
    /// Matching (bench/run.sh pipeline, 1 s of warm-up): 5 ms → p99 506 ms, 9.2 ms of CPU per need (a cycle per event, the
    /// machine saturated); 20 ms → 158 ms, 8.1 ms (still too many cycles); 30 ms → 71 and 89 ms, 6.4–7.2 ms; 40 ms → 83 ms,
    /// 6.9 ms; 50 ms → 89–91 ms, 6.5 ms. 40 ms keeps clear of the cliff below 30 ms, where a busier machine would fall. With
    /// the benchmark's 10 s warm-up (services past their JIT's tier-up), 40 ms gave p99 61, 62 and 67 ms at 6.0–6.2 ms of CPU.
    /// </summary>
    public static readonly TimeSpan DefaultWakeupGap = TimeSpan.FromMilliseconds(40);

    /// <summary>A stable advisory-lock id for a schema (FNV-1a: string.GetHashCode differs from one process to the next).</summary>
    public static int SchemaLockId(string schema)
    {
        var hash = 2166136261u;
        foreach (var c in schema)
        {
            hash = (hash ^ c) * 16777619u;
        }

        // A range of our own, clear of Marten's default lock ids (small numbers).
        return 0x5A000000 | (int)(hash & 0x00FFFFFF);
    }

    /// <summary>Publishes the service's stored events as contracts, through <typeparamref name="TMap"/>, from the async daemon.</summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventRelay<TMap>(
        this MartenServiceCollectionExtensions.MartenConfigurationExpression marten)
        where TMap : class, IIntegrationEventMap
    {
        marten.Services.AddSingleton<IIntegrationEventMap, TMap>();
        var role = marten.Services.Select(d => d.ImplementationInstance).OfType<EventStoreRole>().LastOrDefault();
        if (role is { RunDaemon: false })
        {
            // The subscription stays known (its progress row, its schema), but no daemon runs it in this process.
            return marten.AddSubscriptionWithServices<EventRelay>(ServiceLifetime.Singleton);
        }

        // Solo: one daemon per service. HotCold leader election needs a type the DistributedLock stand-in lacks (README: known limits).
        return marten.AddAsyncDaemon(DaemonMode.Solo)
            .AddSubscriptionWithServices<EventRelay>(ServiceLifetime.Singleton);
    }
}

/// <summary>Whether this process runs the service's async daemon (relay, async projections): see <see cref="EventStoreExtensions.RunDaemonSetting"/>.</summary>
public sealed record EventStoreRole(bool RunDaemon);
