using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ShareAlliance.Benchmarks.Pipeline;
using ShareAlliance.Benchmarks.Reporting;
using ShareAlliance.Matching.Engine;

namespace ShareAlliance.Benchmarks.Engine;

internal sealed record KernelResult(double EngineNsPerPair, double LinqNsPerPair, int PairsChecked, int Disagreements, int Eligible, CpuUse Cpu)
{
    public (double NsPerPair, int Pairs, int Disagreements)? Sql { get; init; }
}

internal sealed record TopKResult(int Volunteers, long IndexBytes, Distribution Engine, Distribution FullScan, int Queries, int Mismatches, double EngineCpuMs, double FullScanCpuMs, CpuUse Cpu);

internal sealed record RoundRun(int Volunteers, int Needs, TimeSpan Total, RoundResult Result, CpuUse Cpu);

/// <summary>
/// The matching engine's kernels, each beside its baseline in the same run: scoring throughput (BenchmarkDotNet, engine
/// vs LINQ), top-10 latency (engine vs full scan, answers compared), index memory, and coordinated rounds (min-cost flow
/// vs greedy). Pure CPU and memory: no PostgreSQL or RabbitMQ. Writes the engine section of docs/benchmarks.md.
/// </summary>
internal static class EngineBenchmark
{
    public const double NoiseCores = 0.1;
    private static readonly CpuScope Scope = new(-1, "0");

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        EngineOptions options;
        try
        {
            options = EngineOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        var started = DateTimeOffset.UtcNow;
        var kernels = await KernelsAsync(options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var topK = options.Volunteers.Select(v => TopTen(v, options, cancellationToken)).ToList();
        var rounds = options.Rounds.Select(r => Round(r.Volunteers, r.Needs, options, cancellationToken)).ToList();

        var report = EngineReport.ToMarkdown(options, started, kernels, topK, rounds);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.Output is not null)
        {
            BenchmarksDocument.WriteSection(options.Output, "engine", report);
            await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(options.Output)!, EngineReport.PlotFile), EngineReport.Plot(kernels, topK, rounds), cancellationToken);
            Log($"written to {options.Output}");
        }

        var sound = kernels.Disagreements == 0 && kernels.Sql is not { Disagreements: > 0 } && topK.All(t => t.Mismatches == 0) && rounds.All(r => r.Result.Optimal.Value >= r.Result.Greedy.Value);
        return sound ? 0 : 1;
    }

    private static async Task<KernelResult> KernelsAsync(EngineOptions options, CancellationToken cancellationToken)
    {
        // Same rules, same figures: check the baseline against the engine before timing either.
        var facts = new List<(VolunteerFacts Facts, VolunteerLoad Load)>();
        var index = EngineData.Volunteers(20_000, options.Seed, facts);
        var needs = EngineData.Needs(20, options.Seed + 1);
        var (disagreements, eligible) = (0, 0);
        foreach (var need in needs)
        {
            var query = NeedQuery.Build(need, index, MatchingWeights.Default, EngineData.Today);
            for (var slot = 0; slot < facts.Count; slot++)
            {
                var engine = Scorer.Score(query, index, slot);
                var linq = LinqScorer.Score(need, facts[slot].Facts, facts[slot].Load, MatchingWeights.Default, EngineData.Today);
                if ((engine < 0) != (linq < 0) || Math.Abs(engine - linq) > 0.01)
                {
                    disagreements++;
                }

                eligible += engine >= 0 ? 1 : 0;
            }
        }

        Log($"kernels: engine and LINQ scorers agree on {needs.Count * facts.Count - disagreements} of {needs.Count * facts.Count} pairs");
        ScoringKernels.Seed = options.Seed;
        var job = (options.Quick ? Job.ShortRun : Job.Default.WithWarmupCount(5).WithIterationCount(20)).WithToolchain(InProcessEmitToolchain.Instance);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "sharealliance-benchmarkdotnet"));
        var before = CpuSample.Take(Scope);
        var summary = BenchmarkRunner.Run<ScoringKernels>(config);
        var cpu = CpuSample.Between(before, CpuSample.Take(Scope));
        double Median(string method) =>
            summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics?.Median
            ?? throw new InvalidOperationException($"BenchmarkDotNet measured nothing for {method}.");
        var result = new KernelResult(Median(nameof(ScoringKernels.Engine)), Median(nameof(ScoringKernels.Linq)), needs.Count * facts.Count, disagreements, eligible, cpu);
        if (!options.Sql)
        {
            return result;
        }

        var sqlNeeds = needs.Take(ScoringKernels.NeedCount).ToList();
        var (ns, sqlDisagreements) = await SqlScorer.MeasureAsync(facts, index, sqlNeeds, options.Quick ? 2 : 5, cancellationToken);
        Log($"kernels: SQL {ns:0} ns per pair; {sqlDisagreements} scores differ from the engine's");
        return result with { Sql = (ns, facts.Count * sqlNeeds.Count, sqlDisagreements) };
    }

    private static TopKResult TopTen(int volunteers, EngineOptions options, CancellationToken cancellationToken)
    {
        var memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var index = EngineData.Volunteers(volunteers, options.Seed + 3);
        var bytes = GC.GetTotalMemory(forceFullCollection: true) - memoryBefore;
        Log($"top-10: {volunteers} volunteers indexed in {bytes / 1048576.0:0} MiB");
        var queries = EngineData.Needs(options.Queries, options.Seed + 5).Select(n => NeedQuery.Build(n, index, MatchingWeights.Default, EngineData.Today)).ToList();
        foreach (var query in queries.Take(5))
        {
            TopK.VolunteersFor(query, index, 10);
            TopK.VolunteersForFullScan(query, index, 10);
        }

        var before = CpuSample.Take(Scope);
        var engine = new double[queries.Count];
        var full = new double[queries.Count];
        var mismatches = 0;
        var (engineCpu, fullCpu) = (TimeSpan.Zero, TimeSpan.Zero);
        for (var i = 0; i < queries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cpu0 = Environment.CpuUsage.TotalTime;
            var started = Stopwatch.GetTimestamp();
            var fast = TopK.VolunteersFor(queries[i], index, 10);
            engine[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var cpu1 = Environment.CpuUsage.TotalTime;
            started = Stopwatch.GetTimestamp();
            var reference = TopK.VolunteersForFullScan(queries[i], index, 10);
            full[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            (engineCpu, fullCpu) = (engineCpu + (cpu1 - cpu0), fullCpu + (Environment.CpuUsage.TotalTime - cpu1));
            mismatches += fast.SequenceEqual(reference) ? 0 : 1;
        }

        var cpu = CpuSample.Between(before, CpuSample.Take(Scope));
        var result = new TopKResult(volunteers, bytes, Distribution.Of(engine), Distribution.Of(full), queries.Count, mismatches,
            engineCpu.TotalMilliseconds / queries.Count, fullCpu.TotalMilliseconds / queries.Count, cpu);
        Log($"top-10 of {volunteers}: engine p50 {result.Engine.P50:0.00} ms p99 {result.Engine.P99:0.00} ms; full scan p50 {result.FullScan.P50:0.0} ms p99 {result.FullScan.P99:0.0} ms; {mismatches} answers differ; other processes {cpu["other"]:0.00} cores");
        GC.KeepAlive(index);
        return result;
    }

    private static RoundRun Round(int volunteers, int needCount, EngineOptions options, CancellationToken cancellationToken)
    {
        var index = EngineData.Volunteers(volunteers, options.Seed + 7);
        var needs = EngineData.Needs(needCount, options.Seed + 9);
        cancellationToken.ThrowIfCancellationRequested();
        var before = CpuSample.Take(Scope);
        var started = Stopwatch.GetTimestamp();
        var round = needs.Select(n => RoundNeed.From(NeedQuery.Build(n, index, MatchingWeights.Default, EngineData.Today))).ToList();
        var result = CoordinatedRound.Plan(index, round);
        var total = Stopwatch.GetElapsedTime(started);
        var cpu = CpuSample.Between(before, CpuSample.Take(Scope));
        Log($"round {volunteers}x{needCount}: {total.TotalMilliseconds:0} ms (candidates {result.Timings.Candidates.TotalMilliseconds:0}, min-cost flow {result.Timings.Solve.TotalMilliseconds:0}, greedy {result.Timings.Greedy.TotalMilliseconds:0})");
        Log($"round {volunteers}x{needCount}: value {result.Optimal.Value:0.0} vs greedy {result.Greedy.Value:0.0} ({result.GreedyShare:P1}); {result.CandidateArcs} arcs");
        return new RoundRun(volunteers, needCount, total, result, cpu);
    }

    public static void Log(FormattableString message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"engine {DateTime.Now:HH:mm:ss}: {FormattableString.Invariant(message)}"));
}
