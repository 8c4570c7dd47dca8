using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ShareAlliance.Testing;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>The web front end run as a real child process from its build output, as ./run.sh runs it.</summary>
public sealed class WebProcess(IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> output = new();
    private Process? process;

    public Uri BaseAddress { get; } = new($"http://127.0.0.1:{FreePort()}");

    public string RecentOutput => string.Join(Environment.NewLine, output.TakeLast(60));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var dll = Path.Combine(RepositoryPaths.Root, "web", "ShareAlliance.Web", "bin", RepositoryPaths.Configuration, "net10.0", "ShareAlliance.Web.dll");
        File.Exists(dll).ShouldBeTrue($"Build the solution first (./test.sh does): {dll} is missing.");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web front end.");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web front end exited with code {process.ExitCode}:{Environment.NewLine}{RecentOutput}");
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

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"The web front end was not ready after 60 s:{Environment.NewLine}{RecentOutput}");
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            output.Enqueue(line);
            while (output.Count > 500)
            {
                output.TryDequeue(out _);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
