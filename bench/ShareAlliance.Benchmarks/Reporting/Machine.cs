using System.Diagnostics;
using Npgsql;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Reporting;

/// <summary>What the figures were measured on: they mean little without it.</summary>
internal sealed record Machine(int Cores, string Cpu, string DotnetSdk, string Postgres, string RabbitMq, DateTimeOffset Date)
{
    public static async Task<Machine> DescribeAsync(CancellationToken cancellationToken) => new(
        Environment.ProcessorCount,
        CpuModel(),
        await DotnetVersionAsync(cancellationToken),
        await PostgresVersionAsync(cancellationToken),
        await Broker.VersionAsync(cancellationToken),
        DateTimeOffset.UtcNow);

    public override string ToString() =>
        $"{Cores} cores ({Cpu}), .NET SDK {DotnetSdk} (runtime {Environment.Version}), PostgreSQL {Postgres}, RabbitMQ {RabbitMq}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";

    internal static string CpuModel() =>
        OperatingSystem.IsLinux()
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static async Task<string> DotnetVersionAsync(CancellationToken cancellationToken)
    {
        // From the repository root, so global.json picks the SDK the build used.
        var start = new ProcessStartInfo("dotnet", ["--version"]) { RedirectStandardOutput = true, WorkingDirectory = RepositoryPaths.Root };
        using var dotnet = Process.Start(start) ?? throw new InvalidOperationException("Could not run dotnet --version.");
        var version = await dotnet.StandardOutput.ReadToEndAsync(cancellationToken);
        await dotnet.WaitForExitAsync(cancellationToken);
        return version.Trim();
    }

    private static async Task<string> PostgresVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("show server_version", connection);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
