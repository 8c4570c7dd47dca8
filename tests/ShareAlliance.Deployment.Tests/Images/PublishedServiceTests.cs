using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using ShareAlliance.Deployment.Tests.Compose;
using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Images;

/// <summary>
/// What <c>docker build</c> would do, without Docker (none runs on the build machines, ARCHITECTURE §4): the build stage's
/// COPY steps replayed into a build context folder, its RUN steps (dotnet restore, dotnet publish) run there as written,
/// then the published output started the way the runtime stage starts it (WORKDIR, ENV, ENTRYPOINT) with the environment
/// docker-compose.yml gives the service — pointed at the test PostgreSQL and RabbitMQ — until it answers its readiness probe.
/// </summary>
public sealed partial class PublishedServiceTests(PublishedServiceTests.BuildContext context) : IClassFixture<PublishedServiceTests.BuildContext>
{
    [Theory]
    [MemberData(nameof(Repository.ServiceNames), MemberType = typeof(Repository))]
    public async Task DockerfileBuildSteps_PublishAServiceThatAnswersItsReadinessProbeWithTheComposeEnvironment(string name)
    {
        var service = Repository.Service(name);
        var dockerfile = Dockerfile.Load(Path.Combine(RepositoryPaths.Root, service.Dockerfile));
        var output = Path.Combine(context.Root, "app-" + name);

        await context.ReplayAsync(dockerfile.Build, output);

        var entrypoint = JsonSerializer.Deserialize<string[]>(dockerfile.Final.Single(i => i.Keyword == "ENTRYPOINT").Arguments)!;
        File.Exists(Path.Combine(output, entrypoint[1])).ShouldBeTrue($"{entrypoint[1]} published");
        var compose = await ComposeFile.LoadAsync();
        var identityDatabase = $"sa_deploy_{Guid.NewGuid():N}"[..24];
        var environment = Environment(dockerfile, ComposeFile.Environment(compose.Services[name]), identityDatabase, service);
        try
        {
            await using var process = await RunningService.StartAsync(entrypoint, output, environment);
            var ready = await process.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));

            ready.ShouldBe(HttpStatusCode.OK, process.RecentOutput);
            if (!service.UsesDataStores)
            {
                await process.ServesItsPagesAsync();
            }
        }
        finally
        {
            if (environment.TryGetValue("Marten__Schema", out var schema))
            {
                await Database.DropSchemaAsync(schema);
                await DropDatabaseAsync(identityDatabase);
            }
        }
    }

    // The image's ENV, then the compose file's environment, then what points it at the test infrastructure and keeps it apart
    // from other tests (a schema and queue names of its own: test-only settings, not part of the compared names). The web
    // front end gets no database or broker: it has none, and its readiness does not depend on the services it calls (the
    // compose addresses of those do not resolve here), so it is ready when it serves pages.
    private Dictionary<string, string> Environment(Dockerfile dockerfile, IReadOnlyDictionary<string, string> compose, string identityDatabase, ServiceDefinition service)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var env in dockerfile.Final.Where(i => i.Keyword == "ENV"))
        {
            foreach (var pair in env.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)))
            {
                environment[pair[0]] = pair[1] == "/tmp" ? Directory.CreateDirectory(Path.Combine(context.Root, "tmp-" + service.Name)).FullName : pair[1];
            }
        }

        foreach (var (key, value) in compose)
        {
            environment[key] = value;
        }

        var port = FreePort();
        environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        environment.Keys.ShouldContain("ASPNETCORE_ENVIRONMENT");
        if (!service.UsesDataStores)
        {
            environment.Keys.ShouldNotContain("ConnectionStrings__Marten", "the web front end has no database");
            environment.Keys.ShouldNotContain("RabbitMq__Host", "the web front end has no broker");
            return environment;
        }

        environment["ConnectionStrings__Marten"] = TestEnvironment.PostgresConnectionString;
        if (environment.ContainsKey("ConnectionStrings__Identity"))
        {
            environment["ConnectionStrings__Identity"] = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = identityDatabase }.ToString();
        }

        if (environment.ContainsKey("Identity__Mailbox"))
        {
            environment["Identity__Mailbox"] = Directory.CreateDirectory(Path.Combine(context.Root, "mailbox-" + service.Name)).FullName;
        }

        foreach (var (key, value) in TestEnvironment.RabbitMq)
        {
            environment[key] = value;
        }

        environment["Marten__Schema"] = TestEnvironment.NewSchemaName("deploy");
        environment["RabbitMq__QueuePrefix"] = $"deploy-{Guid.NewGuid():N}"[..15];
        return environment;
    }

    private static async Task DropDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"drop database if exists {database} with (force)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A folder standing for the image's file systems: /src of the build stage, /app of each runtime image.</summary>
    public sealed class BuildContext : IDisposable
    {
        // .dockerignore: build outputs never enter the context.
        private static readonly string[] Ignored = ["bin", "obj", "TestResults", ".data", "node_modules"];

        public string Root { get; } = Directory.CreateTempSubdirectory("sa-image-build.").FullName;

        public async Task ReplayAsync(IReadOnlyList<Instruction> stage, string output)
        {
            var workdir = Root;
            foreach (var instruction in stage.Skip(1))
            {
                switch (instruction.Keyword)
                {
                    case "WORKDIR":
                        workdir = Directory.CreateDirectory(Path.Combine(Root, instruction.Arguments.TrimStart('/'))).FullName;
                        break;
                    case "COPY":
                        Copy(instruction.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), workdir);
                        break;
                    case "RUN":
                        await RunAsync(instruction.Arguments, workdir, output);
                        break;
                    default:
                        throw new NotSupportedException($"The build stage uses {instruction.Keyword}: teach {nameof(PublishedServiceTests)} to replay it.");
                }
            }
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);

        private static void Copy(string[] arguments, string workdir)
        {
            var destination = Path.Combine(workdir, arguments[^1]);
            foreach (var source in arguments[..^1])
            {
                var path = Path.Combine(RepositoryPaths.Root, source);
                if (source.Contains('*', StringComparison.Ordinal))
                {
                    var files = Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path));
                    files.ShouldNotBeEmpty(source);
                    foreach (var file in files)
                    {
                        CopyFile(file, Path.Combine(Directory.CreateDirectory(destination).FullName, Path.GetFileName(file)));
                    }
                }
                else if (Directory.Exists(path))
                {
                    CopyDirectory(path, destination);
                }
                else
                {
                    var target = arguments.Length > 2 || arguments[^1].EndsWith('/') ? Path.Combine(destination, Path.GetFileName(path)) : destination;
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    CopyFile(path, target);
                }
            }
        }

        private static void CopyDirectory(string source, string destination)
        {
            Directory.CreateDirectory(destination);
            foreach (var file in Directory.GetFiles(source))
            {
                CopyFile(file, Path.Combine(destination, Path.GetFileName(file)));
            }

            foreach (var directory in Directory.GetDirectories(source).Where(d => !Ignored.Contains(Path.GetFileName(d))))
            {
                CopyDirectory(directory, Path.Combine(destination, Path.GetFileName(directory)));
            }
        }

        private static void CopyFile(string source, string destination)
        {
            // Unchanged files keep their time stamps, so a later publish of another service reuses the shared libraries' build.
            if (!File.Exists(destination) || File.ReadAllBytes(destination).AsSpan().SequenceEqual(File.ReadAllBytes(source)) is false)
            {
                File.Copy(source, destination, overwrite: true);
            }
        }

        private static async Task RunAsync(string command, string workdir, string output)
        {
            var arguments = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a == "/app" ? output : a).ToList();
            arguments[0].ShouldBe("dotnet", $"the build stage runs only dotnet: {command}");
            var result = await Command.RunAsync("dotnet", arguments.Skip(1), workdir, timeout: TimeSpan.FromMinutes(9), environment: new Dictionary<string, string>
            {
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
                ["DOTNET_NOLOGO"] = "1",
                // No build servers left behind by a test.
                ["MSBUILDDISABLENODEREUSE"] = "1",
                ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
                ["UseSharedCompilation"] = "false",
            });
            result.ExitCode.ShouldBe(0, result.Describe(command));
        }
    }

    /// <summary>The published service as the image's ENTRYPOINT starts it, from its WORKDIR.</summary>
    private sealed partial class RunningService : IAsyncDisposable
    {
        private readonly Process process;
        private readonly ConcurrentQueue<string> lines = new();
        private readonly Uri address;

        private RunningService(Process process, Uri address)
        {
            this.process = process;
            this.address = address;
            process.OutputDataReceived += (_, e) => Keep(e.Data);
            process.ErrorDataReceived += (_, e) => Keep(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public string RecentOutput => string.Join(System.Environment.NewLine, lines.TakeLast(60));

        public static Task<RunningService> StartAsync(string[] entrypoint, string workdir, Dictionary<string, string> environment)
        {
            var start = new ProcessStartInfo(entrypoint[0], entrypoint[1..])
            {
                WorkingDirectory = workdir,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment.Clear();
            start.Environment["PATH"] = System.Environment.GetEnvironmentVariable("PATH");
            foreach (var (key, value) in environment)
            {
                start.Environment[key] = value;
            }

            var process = Process.Start(start) ?? throw new InvalidOperationException($"{entrypoint[1]} did not start.");
            return Task.FromResult(new RunningService(process, new Uri(environment["ASPNETCORE_URLS"])));
        }

        public async Task<HttpStatusCode?> WaitUntilReadyAsync(TimeSpan timeout)
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            HttpStatusCode? last = null;
            while (clock.Elapsed < timeout && !process.HasExited)
            {
                try
                {
                    last = (await http.GetAsync("/health/ready")).StatusCode;
                    if (last == HttpStatusCode.OK)
                    {
                        return last;
                    }
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                catch (TaskCanceledException)
                {
                    // a slow first answer
                }

                await Task.Delay(200);
            }

            return last;
        }

        /// <summary>
        /// The front end's home page, and every stylesheet and script it links (Blazor's, MudBlazor's, its own): the publish
        /// output must carry the static files the build output serves from the packages.
        /// </summary>
        public async Task ServesItsPagesAsync()
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            var home = await http.GetAsync("/");
            var page = await home.Content.ReadAsStringAsync();
            home.StatusCode.ShouldBe(HttpStatusCode.OK, RecentOutput);

            var assets = Asset().Matches(page).Select(m => m.Groups[1].Value).Where(a => !a.StartsWith("http", StringComparison.Ordinal)).ToList();
            assets.ShouldContain(a => a.Contains("MudBlazor", StringComparison.Ordinal), page);
            assets.ShouldContain(a => a.Contains("blazor.web", StringComparison.Ordinal), page);
            foreach (var asset in assets)
            {
                (await http.GetAsync(asset)).StatusCode.ShouldBe(HttpStatusCode.OK, asset);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }

        private void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lines.Enqueue(line);
            while (lines.Count > 300)
            {
                lines.TryDequeue(out _);
            }
        }

        [GeneratedRegex(@"<(?:link rel=""stylesheet"" href|script src)=""([^""]+)""")]
        private static partial Regex Asset();
    }
}
