using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ShareAlliance.Testing;

/// <summary>
/// A service run as a real child process from its build output (as ./run.sh runs it), for end-to-end tests:
/// it can be started, killed with SIGKILL and started again on the same port and schema.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly string dll;
    private readonly Dictionary<string, string> environment;
    private readonly ConcurrentQueue<string> output = new();
    private Process? process;

    public ServiceProcess(string service, IReadOnlyDictionary<string, string> settings)
    {
        Service = service;
        dll = Path.Combine(RepositoryPaths.Root, "services", service, "bin", RepositoryPaths.Configuration, "net10.0", $"ShareAlliance.{service}.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Build the solution first (./test.sh does): {dll} is missing.");
        }

        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_URLS"] = BaseAddress.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ConnectionStrings__Marten"] = TestEnvironment.PostgresConnectionString,
        };
        foreach (var (key, value) in TestEnvironment.RabbitMq)
        {
            environment.TryAdd(key, value);
        }
    }

    public string Service { get; }

    /// <summary>The environment the process starts with; settings that need <see cref="BaseAddress"/> are added here before it starts.</summary>
    public IDictionary<string, string> Environment => environment;

    public Uri BaseAddress { get; }

    /// <summary>The last lines the process wrote, for a failing test's message.</summary>
    public string RecentOutput => string.Join(System.Environment.NewLine, output.TakeLast(60));

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task StartAsync(IReadOnlyDictionary<string, string>? extra = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var (key, value) in environment.Concat(extra ?? new Dictionary<string, string>()))
        {
            start.Environment[key] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Service}.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilReadyAsync(cancellationToken);
    }

    /// <summary>SIGKILL: no graceful shutdown, as when a machine loses power.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
        }

        if (process is not null)
        {
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Waits for the process to end by itself (for example at a failpoint).</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await process!.WaitForExitAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"{Service} exited with code {process.ExitCode} while starting:{System.Environment.NewLine}{RecentOutput}");
            }

            try
            {
                if ((await http.GetAsync("/health/ready", cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // slow first answer
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"{Service} was not ready after 60 s:{System.Environment.NewLine}{RecentOutput}");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 500)
        {
            output.TryDequeue(out _);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
