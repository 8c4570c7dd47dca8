using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ShareAlliance.DemoData.Plan;
using ShareAlliance.DemoData.Platform;
using ShareAlliance.DemoData.Seeding;

namespace ShareAlliance.DemoData;

/// <summary>The run: settings, the plan (pure, from the seed), the services' readiness, the coordinator, the seeding, the summary.</summary>
public static class DemoCommand
{
    public const int Done = 0;
    public const int Refused = 1;
    public const int Unreachable = 2;
    public const int BadUsage = 64;
    public const int Interrupted = 130;

    private static readonly JsonSerializerOptions PlanJson = new(Api.Json)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (args is ["--help"] or ["-h"])
        {
            await output.WriteLineAsync(DemoSettings.Usage);
            return Done;
        }

        DemoSettings settings;
        try
        {
            settings = DemoSettings.Parse(args, Environment.GetEnvironmentVariable, DateOnly.FromDateTime(DateTime.UtcNow));
        }
        catch (UsageException e)
        {
            await errors.WriteLineAsync($"demo data: {e.Message} (--help lists the options)");
            return BadUsage;
        }

        if (settings.DryRun)
        {
            var json = JsonSerializer.Serialize(Plan(settings), PlanJson);
            await output.WriteLineAsync(json);
            return Done;
        }

        var clock = Stopwatch.StartNew();
        void Log(string message) => errors.WriteLine($"demo data [{clock.Elapsed.TotalSeconds,5:0.0} s] {message}");

        try
        {
            var plan = Plan(settings);
            Log($"seed {plan.Seed}: {plan.Associations.Count} associations and {plan.Needs.Count()} needs, {plan.Employers.Count} employers, "
                + $"{plan.Volunteers.Count} volunteers and {plan.Funders.Count} funders, through {settings.Identity}, {settings.Needs}, "
                + $"{settings.Volunteers} and {settings.Funding}");
            await Reachability.EnsureReadyAsync("identity", settings.Identity, cancellationToken);
            await Reachability.EnsureReadyAsync("needs", settings.Needs, cancellationToken);
            if (plan.Volunteers.Count + plan.Employers.Count > 0)
            {
                await Reachability.EnsureReadyAsync("volunteers", settings.Volunteers, cancellationToken);
            }

            if (plan.Funders.Count > 0)
            {
                await Reachability.EnsureReadyAsync("funding", settings.Funding, cancellationToken);
            }

            using var identityHttp = Client(settings.Identity, settings.Parallelism, Log);
            using var needsHttp = Client(settings.Needs, settings.Parallelism, Log);
            using var volunteersHttp = Client(settings.Volunteers, settings.Parallelism, Log);
            using var fundingHttp = Client(settings.Funding, settings.Parallelism, Log);
            var identity = new IdentityApi(identityHttp);
            var accounts = new DemoAccounts(identity, new Mailbox(settings.Mailbox));

            var coordinator = await accounts.SignInExistingAsync(settings.CoordinatorEmail, settings.CoordinatorPassword, cancellationToken);
            Log($"coordinator {settings.CoordinatorEmail} signed in");

            var report = new SeedReport();
            await new AllianceSeeder(plan, settings, accounts, identity, new NeedsApi(needsHttp), report, Log).RunAsync(coordinator.AccessToken, cancellationToken);
            await new VolunteerSeeder(plan, settings, accounts, identity, new VolunteersApi(volunteersHttp), report, Log).RunAsync(cancellationToken);
            await new FundingSeeder(plan, settings, accounts, identity, new FundingApi(fundingHttp), report, Log).RunAsync(cancellationToken);
            report.Print(output, plan, settings, clock.Elapsed, identity.SignInRequests);
            return Done;
        }
        catch (ServiceUnreachableException e)
        {
            await errors.WriteLineAsync($"demo data: {e.Message}");
            return Unreachable;
        }
        catch (ApiException e)
        {
            await errors.WriteLineAsync($"demo data: {e.Message}");
            return Refused;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await errors.WriteLineAsync("demo data: interrupted; run again with the same seed to finish (nothing is created twice).");
            return Interrupted;
        }
    }

    private static DemoPlan Plan(DemoSettings s) =>
        DemoPlan.Create(s.Seed, s.Associations, s.NeedsPerAssociation, s.Today, s.VolunteerProfiles, s.Employers, s.Funders);

    // One pool of connections per service; no cookie jar (each sign-in carries its own session cookie), no redirects followed
    // (the authorization code arrives in a redirect).
    private static HttpClient Client(Uri service, int parallelism, Action<string> log) =>
        new(new RateLimitHandler(TimeSpan.FromSeconds(30), log)
        {
            InnerHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = parallelism * 2 },
        })
        {
            BaseAddress = service,
            Timeout = Timeout.InfiniteTimeSpan,
        };
}
