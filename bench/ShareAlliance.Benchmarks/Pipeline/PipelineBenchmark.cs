using System.Globalization;
using ShareAlliance.Benchmarks.Reporting;

namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>
/// "Need posted → known to Matching" under a steady load, with the relay woken by LISTEN/NOTIFY and then, as the
/// baseline, polling; writes the pipeline section of docs/benchmarks.md.
/// </summary>
internal static class PipelineBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        PipelineOptions options;
        try
        {
            options = PipelineOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        var machine = await Machine.DescribeAsync(cancellationToken);
        Log($"{machine}");

        var results = new List<ModeResult>();
        foreach (var mode in options.Modes)
        {
            var result = await PipelineRun.RunAsync(mode, options, cancellationToken);
            Log($"{mode.Name}: sent {result.Sent} at {result.SendRate:0.0}/s, delivered {result.Delivered}, p50 {result.Latency.P50:0.0} ms, p99 {result.Latency.P99:0.0} ms, max {result.Latency.Max:0.0} ms");
            results.Add(result);
        }

        var report = PipelineReport.ToMarkdown(options, machine, results);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.Output is not null)
        {
            BenchmarksDocument.WriteSection(options.Output, "pipeline", report);
            Log($"written to {options.Output}");
        }

        return results.All(r => r.AllDelivered) ? 0 : 1;
    }

    public static void Log(FormattableString message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pipeline {DateTime.Now:HH:mm:ss}: {FormattableString.Invariant(message)}"));
}
