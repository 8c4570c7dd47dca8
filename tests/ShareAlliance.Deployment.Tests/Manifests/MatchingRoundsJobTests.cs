using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Manifests;

/// <summary>
/// The scheduled rounds job as the cluster would run it: identity started with the client settings its rendered Deployment
/// gives it (the ConfigMap, and the Secret matching-rounds-client filled in as an operator would), matching trusting it,
/// then the CronJob's own script run with the CronJob's own environment — the in-cluster addresses pointed at the two
/// processes. Needs curl and sh, as the job's image has them.
/// </summary>
public sealed partial class MatchingRoundsJobTests(MatchingRoundsJobTests.Cluster cluster) : IClassFixture<MatchingRoundsJobTests.Cluster>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ScheduledJob_SignsInAsTheRoundsClientAndRunsOneRoundPerJob()
    {
        var first = await cluster.RunJobAsync("matching-rounds-29140000");

        first.ExitCode.ShouldBe(0, first.Describe("the rounds job"));
        var round = RoundLocation().Match(first.Output);
        round.Success.ShouldBeTrue(first.Output);

        using var matching = cluster.Matching.CreateClient();
        matching.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await cluster.ClientTokenAsync());
        var stored = await matching.GetAsync(round.Groups[1].Value, Ct);
        stored.StatusCode.ShouldBe(HttpStatusCode.OK, await stored.Content.ReadAsStringAsync(Ct));
        JsonNode.Parse(await stored.Content.ReadAsStringAsync(Ct))!["dryRun"]!.GetValue<bool>().ShouldBeFalse("a scheduled round is applied");

        // A retried pod of the same job gets the same round back; the next scheduled job runs a new one.
        var retried = await cluster.RunJobAsync("matching-rounds-29140000");
        retried.ExitCode.ShouldBe(0, retried.Describe("the retried job"));
        RoundLocation().Match(retried.Output).Groups[1].Value.ShouldBe(round.Groups[1].Value);
        var next = await cluster.RunJobAsync("matching-rounds-29141440");
        next.ExitCode.ShouldBe(0, next.Describe("the next job"));
        RoundLocation().Match(next.Output).Groups[1].Value.ShouldNotBe(round.Groups[1].Value);
    }

    [Fact]
    public async Task ScheduledJob_WithAWrongClientSecret_FailsWithoutARound()
    {
        var result = await cluster.RunJobAsync("matching-rounds-29142880", clientSecret: "not-the-secret");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("no token from identity");
        result.Output.ShouldNotContain("round done");
    }

    [GeneratedRegex(@"round done: (/rounds/[0-9a-f-]{36})")]
    private static partial Regex RoundLocation();

    /// <summary>Identity and matching as real processes, configured from the rendered dev overlay.</summary>
    public sealed class Cluster : IAsyncLifetime
    {
        private const string SecretName = "matching-rounds-client";

        private readonly TestDatabase identityDatabase = new("deploy_identity");
        private readonly string mailbox = Directory.CreateTempSubdirectory("sa-deploy-mailbox.").FullName;
        private readonly string matchingSchema = TestEnvironment.NewSchemaName("deploy_rounds");

        // What an operator puts in the Secret (k8s/README.md, "Secrets").
        private readonly Dictionary<string, string> secret = new()
        {
            ["client-id"] = "matching-rounds",
            ["client-secret"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(32)).ToLowerInvariant(),
        };

        private JsonObject job = null!;

        public ServiceProcess Identity { get; private set; } = null!;

        public ServiceProcess Matching { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var overlay = await Overlay.RenderAsync("dev");
            job = Overlay.Containers(Overlay.PodSpec(overlay.Find("CronJob", "matching-rounds")!)!).Single();

            Identity = new ServiceProcess("Identity", new Dictionary<string, string>
            {
                ["RabbitMq__QueuePrefix"] = $"deploy-{identityDatabase.Name[^8..]}",
            });
            Identity.Environment["ConnectionStrings__Identity"] = identityDatabase.ConnectionString;
            Identity.Environment["Identity__Issuer"] = Identity.BaseAddress.ToString();
            Identity.Environment["Identity__Mailbox"] = mailbox;
            foreach (var (key, value) in ClientSettingsOfIdentity(overlay))
            {
                Identity.Environment[key] = value;
            }

            Matching = new ServiceProcess("Matching", new Dictionary<string, string>
            {
                ["Auth__Authority"] = Identity.BaseAddress.ToString(),
                ["Auth__RequireHttpsMetadata"] = "false",
                ["Marten__Schema"] = matchingSchema,
                ["RabbitMq__QueuePrefix"] = matchingSchema.Replace('_', '-'),
            });
            await Identity.StartAsync(cancellationToken: Ct);
            await Matching.StartAsync(cancellationToken: Ct);
        }

        /// <summary>The CronJob container's script, with its environment resolved as the kubelet would.</summary>
        public async Task<CommandResult> RunJobAsync(string jobName, string? clientSecret = null)
        {
            var environment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var variable in job["env"]!.AsArray().Select(v => v!))
            {
                var name = (string)variable["name"]!;
                environment[name] = variable["valueFrom"] switch
                {
                    null => InCluster((string)variable["value"]!),
                    { } from when from["secretKeyRef"] is { } s && (string?)s["name"] == SecretName => secret[(string)s["key"]!],
                    { } from when (string?)from["fieldRef"]?["fieldPath"] == "metadata.labels['batch.kubernetes.io/job-name']" => jobName,
                    _ => throw new InvalidOperationException($"The rounds job reads {name} from {variable["valueFrom"]}: teach this test where it comes from."),
                };
            }

            if (clientSecret is not null)
            {
                environment["CLIENT_SECRET"] = clientSecret;
            }

            var command = job["command"]!.AsArray().Select(c => (string)c!).ToList();
            var arguments = job["args"]!.AsArray().Select(a => (string)a!);
            return await Command.RunAsync(command[0], [.. command.Skip(1), .. arguments], environment: environment, timeout: TimeSpan.FromMinutes(1));
        }

        public async Task<string> ClientTokenAsync()
        {
            using var http = Identity.CreateClient();
            var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = secret["client-id"],
                ["client_secret"] = secret["client-secret"],
            }), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
        }

        public async ValueTask DisposeAsync()
        {
            await Matching.DisposeAsync();
            await Identity.DisposeAsync();
            await Database.DropSchemaAsync(matchingSchema);
            await identityDatabase.DropAsync();
            Directory.Delete(mailbox, recursive: true);
        }

        // identity-api's OAuth client settings: Identity__Clients__* from its ConfigMap, and from the Secret by reference.
        private IEnumerable<(string Key, string Value)> ClientSettingsOfIdentity(Overlay overlay)
        {
            var api = Overlay.Containers(Overlay.PodSpec(overlay.Find("Deployment", "identity-api")!)!).Single();
            var configMaps = api["envFrom"]!.AsArray().Select(e => (string?)e!["configMapRef"]?["name"]).OfType<string>();
            var settings = configMaps.SelectMany(c => overlay.Find("ConfigMap", c)!["data"]!.AsObject())
                .Where(d => d.Key.StartsWith("Identity__Clients__", StringComparison.Ordinal))
                .Select(d => (d.Key, (string)d.Value!)).ToList();
            var fromSecret = api["env"]!.AsArray().Select(v => v!)
                .Where(v => (string?)v["valueFrom"]?["secretKeyRef"]?["name"] == SecretName)
                .Select(v => ((string)v["name"]!, secret[(string)v["valueFrom"]!["secretKeyRef"]!["key"]!])).ToList();
            fromSecret.Select(s => s.Item1).ShouldContain(k => k.EndsWith("__Secret", StringComparison.Ordinal), "identity reads the client secret from the Secret");
            return [.. settings, .. fromSecret];
        }

        // The Services the job calls, as the two processes here.
        private string InCluster(string value) => value
            .Replace("http://identity-api/", Identity.BaseAddress.ToString(), StringComparison.Ordinal)
            .Replace("http://matching-api/", Matching.BaseAddress.ToString(), StringComparison.Ordinal);
    }
}
