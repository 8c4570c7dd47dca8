using System.Diagnostics;
using System.Globalization;
using Npgsql;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Reporting;

/// <summary>Average cores busy per component over a window (machine: every process and the kernel).</summary>
internal sealed record CpuUse(TimeSpan Window, IReadOnlyDictionary<string, double> Cores)
{
    public double this[string component] => Cores.TryGetValue(component, out var cores) ? cores : double.NaN;

    /// <summary>CPU milliseconds each item cost the given components, when <paramref name="items"/> went through in the window.</summary>
    public double MillisecondsPer(int items, params string[] components) =>
        components.Sum(c => this[c]) * Window.TotalMilliseconds / items;
}

/// <summary>
/// Which processes are ours: the services this driver started (its children), the PostgreSQL server it talks to (the
/// postmaster and its backends) and the RabbitMQ node on its port. Anything else on the machine counts as "other".
/// </summary>
internal sealed record CpuScope(int Postmaster, string RabbitMqPort)
{
    public static async Task<CpuScope> FindAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("show data_directory", connection);
        var dataDirectory = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        // postmaster.pid starts with the server's pid; readable when the driver runs as root, as bench/run.sh does.
        var postmaster = File.Exists(Path.Combine(dataDirectory, "postmaster.pid"))
            ? int.Parse((await File.ReadAllLinesAsync(Path.Combine(dataDirectory, "postmaster.pid"), cancellationToken))[0], CultureInfo.InvariantCulture)
            : -1;
        return new CpuScope(postmaster, TestEnvironment.RabbitMq.TryGetValue("RabbitMq__Port", out var port) ? port : "5672");
    }
}

/// <summary>CPU time used so far per component, read from /proc: where the cores went during a measured window.</summary>
internal sealed class CpuSample
{
    // USER_HZ: the unit of /proc/<pid>/stat and /proc/stat times, 100 on every Linux .NET supports.
    private const double TicksPerSecond = 100;

    private readonly Dictionary<int, (string Component, long Ticks)> processes;
    private readonly long machineBusy;
    private readonly long taken = Stopwatch.GetTimestamp();

    private CpuSample(Dictionary<int, (string Component, long Ticks)> processes, long machineBusy)
    {
        this.processes = processes;
        this.machineBusy = machineBusy;
    }

    public static readonly IReadOnlyList<string> Components = ["Needs", "Matching", "Identity", "PostgreSQL", "RabbitMQ", "driver", "other", "machine"];

    public static CpuSample Take(CpuScope scope)
    {
        var processes = new Dictionary<int, (string, long)>();
        if (!OperatingSystem.IsLinux())
        {
            return new CpuSample(processes, 0);
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Read(pid, scope) is { } process)
            {
                processes[pid] = process;
            }
        }

        return new CpuSample(processes, MachineBusyTicks());
    }

    public static CpuUse Between(CpuSample first, CpuSample last)
    {
        var window = Stopwatch.GetElapsedTime(first.taken, last.taken);
        var seconds = window.TotalSeconds;
        var used = Components.ToDictionary(c => c, _ => 0.0);
        foreach (var (pid, (component, ticks)) in last.processes)
        {
            var before = first.processes.TryGetValue(pid, out var earlier) ? earlier.Ticks : 0;
            used[component] += (ticks - before) / TicksPerSecond / seconds;
        }

        used["machine"] = (last.machineBusy - first.machineBusy) / TicksPerSecond / seconds;
        // Whatever the machine did beyond our processes, so that processes which started and ended between the two samples
        // (a build's compiler, a parallel query worker) count too: /proc no longer lists them, /proc/stat still has their time.
        var ours = used.Where(u => u.Key is not "other" and not "machine").Sum(u => u.Value);
        used["other"] = Math.Max(used["other"], used["machine"] - ours);
        return new CpuUse(window, used);
    }

    /// <summary>
    /// Waits, up to <paramref name="patience"/>, for a few seconds in which processes other than ours use less than
    /// <paramref name="maxCores"/>: on a shared build machine a measurement beside someone's build measures the build.
    /// </summary>
    public static async Task<double> WaitForQuietAsync(CpuScope scope, double maxCores, TimeSpan patience, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var before = Take(scope);
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            var others = Between(before, Take(scope))["other"];
            if (others < maxCores || waited.Elapsed > patience)
            {
                return others;
            }
        }
    }

    private static (string Component, long Ticks)? Read(int pid, CpuScope scope)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var open = stat.IndexOf('(', StringComparison.Ordinal);
            var close = stat.LastIndexOf(')');
            var command = stat[(open + 1)..close];
            // After "(comm) ": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
            var fields = stat[(close + 2)..].Split(' ');
            var parent = int.Parse(fields[1], CultureInfo.InvariantCulture);
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return (Classify(pid, parent, command, scope), ticks);
        }
        catch (IOException)
        {
            return null; // the process ended while we looked
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Classify(int pid, int parent, string command, CpuScope scope)
    {
        if (pid == Environment.ProcessId)
        {
            return "driver";
        }

        if (command is "postgres" && (pid == scope.Postmaster || parent == scope.Postmaster))
        {
            return "PostgreSQL";
        }

        // The Erlang VM and its helpers inherit the node's environment, port included.
        if (command is "beam.smp" or "erl_child_setup" or "inet_gethost"
            && File.ReadAllText($"/proc/{pid}/environ").Split('\0').Contains($"RABBITMQ_NODE_PORT={scope.RabbitMqPort}"))
        {
            return "RabbitMQ";
        }

        if (command is "dotnet" && parent == Environment.ProcessId)
        {
            var arguments = File.ReadAllText($"/proc/{pid}/cmdline");
            if (arguments.Contains("ShareAlliance.Needs.dll", StringComparison.Ordinal))
            {
                return "Needs";
            }

            if (arguments.Contains("ShareAlliance.Matching.dll", StringComparison.Ordinal))
            {
                return "Matching";
            }

            if (arguments.Contains("ShareAlliance.Identity.dll", StringComparison.Ordinal))
            {
                return "Identity";
            }
        }

        return "other";
    }

    private static long MachineBusyTicks()
    {
        // cpu  user nice system idle iowait irq softirq steal ...: busy = everything but idle and iowait.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return fields.Take(8).Sum() - fields[3] - fields[4];
    }
}
