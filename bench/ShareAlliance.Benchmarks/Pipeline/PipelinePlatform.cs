using ShareAlliance.Benchmarks.Reporting;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>
/// Identity, Needs and Matching as fresh child processes (Release build) in storage and queues of their own, so the two
/// modes and any other run on the same servers never mix; disposing kills them and removes their schemas, database and
/// queue.
/// </summary>
internal sealed class PipelinePlatform : IAsyncDisposable
{
    private readonly IReadOnlyList<ServiceSetting> overrides;
    private readonly TestDatabase identityDatabase = new("bench_identity");
    private readonly Mailbox mailbox = new(Path.Combine(Path.GetTempPath(), $"sa-bench-mailbox-{Guid.NewGuid():N}"));

    private PipelinePlatform(PipelineMode mode, IReadOnlyList<ServiceSetting> overrides)
    {
        this.overrides = overrides;
        NeedsSchema = TestEnvironment.NewSchemaName("needs");
        MatchingSchema = TestEnvironment.NewSchemaName("matching");
        QueuePrefix = MatchingSchema.Replace('_', '-');

        Identity = new ServiceProcess("Identity", new Dictionary<string, string> { ["RabbitMq__QueuePrefix"] = $"{QueuePrefix}-identity" });
        foreach (var (key, value) in IdentityAccounts.Settings(Identity.BaseAddress, mailbox.Folder, identityDatabase.ConnectionString))
        {
            Identity.Environment[key] = value;
        }

        // The driver's token must outlive the set-up and both windows.
        Identity.Environment["Identity__AccessTokenLifetime"] = "01:00:00";
        Accounts = new IdentityAccounts(Identity.BaseAddress, mailbox);

        var trustIdentity = new Dictionary<string, string>
        {
            ["Auth__Authority"] = Identity.BaseAddress.ToString(),
            ["Auth__RequireHttpsMetadata"] = "false",
        };
        Needs = new ServiceProcess("Needs", new Dictionary<string, string>(trustIdentity)
        {
            ["Marten__Schema"] = NeedsSchema,
            ["Marten__ListenNotify"] = mode.ListenNotify ? "true" : "false",
            // One driver account sends every request: lift the per-user limit (600 a minute) that protects a deployment.
            ["RateLimits__PerMinute"] = "1000000",
        });
        Matching = new ServiceProcess("Matching", new Dictionary<string, string>(trustIdentity)
        {
            ["Marten__Schema"] = MatchingSchema,
            ["RabbitMq__QueuePrefix"] = QueuePrefix,
        });
    }

    public string NeedsSchema { get; }

    public string MatchingSchema { get; }

    public string QueuePrefix { get; }

    public ServiceProcess Identity { get; }

    public ServiceProcess Needs { get; }

    public ServiceProcess Matching { get; }

    public IdentityAccounts Accounts { get; }

    /// <summary>Matching's receive endpoint for every needs contract (its NeedsConsumer, kebab-case, after the prefix).</summary>
    public string MatchingQueue => $"{QueuePrefix}-needs";

    /// <summary>Matching's other receive endpoints and Identity's (each bound to contract exchanges), deleted with the first.</summary>
    private IEnumerable<string> OtherQueues =>
    [
        $"{QueuePrefix}-volunteers", $"{QueuePrefix}-matching-funding", $"{QueuePrefix}-matching-user-deleted",
        $"{QueuePrefix}-identity-association-registered", $"{QueuePrefix}-identity-employer-registered", $"{QueuePrefix}-identity-funder-registered",
    ];

    /// <summary>Starts the services; <paramref name="beforeMatching"/> may write into Matching's schema before it starts (and builds its index).</summary>
    public static async Task<PipelinePlatform> StartAsync(
        PipelineMode mode, IReadOnlyList<ServiceSetting> overrides, CancellationToken cancellationToken, Func<PipelinePlatform, Task>? beforeMatching = null)
    {
        var platform = new PipelinePlatform(mode, overrides);
        try
        {
            await platform.Identity.StartAsync(platform.OverridesFor("Identity"), cancellationToken);
            if (beforeMatching is not null)
            {
                await beforeMatching(platform);
            }

            await Task.WhenAll(
                platform.Needs.StartAsync(platform.OverridesFor("Needs"), cancellationToken),
                platform.Matching.StartAsync(platform.OverridesFor("Matching"), cancellationToken));
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Needs.DisposeAsync();
        await Matching.DisposeAsync();
        await Identity.DisposeAsync();
        // A queue left behind stays bound to the needs exchanges and would take a copy of every later message.
        await Broker.DeleteEndpointAsync(MatchingQueue);
        foreach (var queue in OtherQueues)
        {
            await Broker.DeleteEndpointAsync(queue);
        }
        await Database.DropSchemaAsync(NeedsSchema);
        await Database.DropSchemaAsync(MatchingSchema);
        await identityDatabase.DropAsync();
        mailbox.Delete();
    }

    // Applied last, so a what-if run can replace any setting, the connection string included.
    private Dictionary<string, string> OverridesFor(string service) =>
        overrides.Where(o => o.Service == service).ToDictionary(o => o.Key, o => o.Value);
}
