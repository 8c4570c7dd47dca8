using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ShareAlliance.Benchmarks.Reporting;

namespace ShareAlliance.Benchmarks.Engine;

/// <summary>The engine section of docs/benchmarks.md: each kernel beside its baseline, the targets of issue 7, and a plot.</summary>
internal static class EngineReport
{
    public const string PlotFile = "benchmarks-engine.svg";

    private const double PairsPerSecondTarget = 100e6;
    private const double LinqRatioTarget = 20;
    private const double TopTenMillionP50Target = 10;
    private const double SmallRoundTarget = 1_000;
    private const double LargeRoundTarget = 10_000;
    private const double MiBPerMillionTarget = 250;

    public static string ToMarkdown(EngineOptions options, DateTimeOffset date, KernelResult kernels, IReadOnlyList<TopKResult> topK, IReadOnlyList<RoundRun> rounds)
    {
        var md = new StringBuilder();
        var others = new[] { kernels.Cpu["other"] }.Concat(topK.Select(t => t.Cpu["other"])).Concat(rounds.Select(r => r.Cpu["other"])).ToList();
        Line(md, "## Matching engine: scoring, top-10, memory, coordinated rounds");
        Line(md);
        Line(md, $"Measured {date:yyyy-MM-dd HH:mm} UTC by `bash bench/run.sh engine{(options.Quick ? " --quick" : "")}{(options.Sql ? " --sql" : "")}` on {Environment.ProcessorCount} cores " +
                 $"({Machine.CpuModel()}), .NET {Environment.Version}, {RuntimeInformation.OSDescription}; " +
                 (options.Sql ? "one process, and PostgreSQL for the SQL baseline only." : "one process, no database or broker."));
        Line(md, $"Data (seed {options.Seed}): synthetic volunteers with 3–8 catalogue skills mostly from one or two categories (levels 1–4), 5–40 h a month, " +
                 "a third remote only, départements weighted by population, 70 % employed by one of 500 companies, some paused, busy or at their caps; " +
                 "needs with 1–4 skills of their category at minimum level 2–3, 10–80 h, deadlines 2–26 weeks ahead, 40 % remote, 10 % sensitive.");
        Line(md, $"Other processes kept {others.Min():0.00}–{others.Max():0.00} cores busy while measuring (of {Environment.ProcessorCount})" +
                 (others.Max() > EngineBenchmark.NoiseCores ? ": **disturbed run**, the machine was shared; rerun on a quiet machine for the record." : "."));
        Line(md);

        var pairsPerSecond = 1e9 / kernels.EngineNsPerPair;
        var ratio = kernels.LinqNsPerPair / kernels.EngineNsPerPair;
        Line(md, "### Scoring throughput (one thread, every pair scored in full, no pruning)");
        Line(md);
        Line(md, $"BenchmarkDotNet ({(options.Quick ? "short run: 3 warm-ups, 3 iterations" : "5 warm-ups, 20 iterations")}, in process, median): the engine's kernel over its index " +
                 $"({ScoringKernels.EngineVolunteers:N0} volunteers × {ScoringKernels.NeedCount} needs) against `LinqScorer`, the same score written the straightforward way over the same " +
                 $"facts as objects ({ScoringKernels.LinqVolunteers:N0} volunteers × {ScoringKernels.NeedCount} needs). Both agree on {kernels.PairsChecked - kernels.Disagreements:N0} of " +
                 $"{kernels.PairsChecked:N0} pairs checked first (scores within 0.01, same exclusions). {100.0 * kernels.Eligible / kernels.PairsChecked:0.0} % of the pairs " +
                 "pass the hard filters and get a score; the others stop at the first filter that excludes them (most: no required skill held, even one " +
                 "level below), in both scorers alike.");
        Line(md);
        Line(md, "| scorer | ns / pair | pairs / s / core | × LINQ |");
        Line(md, "|---|--:|--:|--:|");
        Line(md, $"| engine (bit planes, structure of arrays) | {kernels.EngineNsPerPair:0.0} | {pairsPerSecond / 1e6:0.0} M | **× {ratio:0}** |");
        Line(md, $"| LINQ over objects (baseline) | {kernels.LinqNsPerPair:0} | {1e9 / kernels.LinqNsPerPair / 1e6:0.00} M | × 1 |");
        if (kernels.Sql is { } sql)
        {
            Line(md, $"| SQL in PostgreSQL (baseline) | {sql.NsPerPair:0} | {1e9 / sql.NsPerPair / 1e6:0.00} M | × {kernels.LinqNsPerPair / sql.NsPerPair:0.00} |");
            Line(md);
            Line(md, $"SQL: the same score as one query (`SqlScorer`: volunteers and their skills in tables, the need as parameters, a distance table), " +
                     $"one backend without parallel workers, timed from the driver (round trip and reading the scored rows included) over {sql.Pairs:N0} pairs, " +
                     $"after one warm-up run per need; {sql.Pairs - sql.Disagreements:N0} of {sql.Pairs:N0} pairs agree with the engine. The engine is **× {sql.NsPerPair / kernels.EngineNsPerPair:0}** faster per core.");
        }
        else
        {
            Line(md);
            Line(md, "SQL in PostgreSQL (the third baseline): run with `--sql` (bash bench/run.sh engine --sql starts the servers).");
        }
        Line(md);

        Line(md, "### Top-10 volunteers for one need, and the index's memory");
        Line(md);
        Line(md, $"{options.Queries} different needs per size, each searched by the engine (skill-word prefilter, score-bound pruning, ranges of {Matching.Engine.TopK.DefaultRangeSize:N0} slots in parallel on every core) " +
                 "and by the full scan (every slot scored, one thread); answers compared slot by slot. Memory: `GC.GetTotalMemory(true)` before and after " +
                 "building the index, sized exactly.");
        Line(md);
        Line(md, "| volunteers | engine p50 / p95 / p99 (ms) | full scan p50 / p95 / p99 (ms) | p50 full ÷ engine | CPU per search: engine / full scan (ms) | answers identical | index memory | per million volunteers |");
        Line(md, "|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var t in topK)
        {
            Line(md, $"| {t.Volunteers:N0} | {Ms(t.Engine.P50)} / {Ms(t.Engine.P95)} / {Ms(t.Engine.P99)} | {Ms(t.FullScan.P50)} / {Ms(t.FullScan.P95)} / {Ms(t.FullScan.P99)} | " +
                     $"**× {t.FullScan.P50 / t.Engine.P50:0.0}** | {t.EngineCpuMs:0.00} / {t.FullScanCpuMs:0.00} | {t.Queries - t.Mismatches} of {t.Queries} | {t.IndexBytes / 1048576.0:0} MiB | {MiBPerMillion(t):0} MiB |");
        }

        Line(md);
        Line(md, "The full scan is no naive baseline: it runs the engine's own kernel (skills first, a few nanoseconds a pair) over every slot. " +
                 "What the search adds is the vectorised skill prefilter, the score bounds and the cores. " +
                 string.Join(" ", topK.Select(t => $"At the LINQ scorer's speed, one search among {t.Volunteers:N0} would take about {t.Volunteers * kernels.LinqNsPerPair / 1e6:N0} ms (estimated from its ns per pair).")));
        Line(md);
        Line(md, "### Coordinated rounds: exact min-cost flow vs greedy");
        Line(md);
        Line(md, "Time from the needs' facts to both plans: compiling the needs, scoring the candidates (top 8 per required skill, parallel over needs), " +
                 "the OR-Tools `MinCostFlow` solve, and the greedy pass over the same arcs. Value = Σ need priority (urgency 1–4) × coverage.");
        Line(md);
        Line(md, "| volunteers × needs | total (ms) | CPU of the driver (ms) | candidates / solve / greedy (ms) | arcs | value: min-cost flow | greedy | greedy ÷ optimum | needs fully staffed: MCF / greedy | hours: MCF / greedy |");
        Line(md, "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var r in rounds)
        {
            var (o, g, t) = (r.Result.Optimal, r.Result.Greedy, r.Result.Timings);
            Line(md, $"| {r.Volunteers:N0} × {r.Needs:N0} | {r.Total.TotalMilliseconds:0} | {r.Cpu.MillisecondsPer(1, "driver"):0} | {t.Candidates.TotalMilliseconds:0} / {t.Solve.TotalMilliseconds:0} / {t.Greedy.TotalMilliseconds:0} | " +
                     $"{r.Result.CandidateArcs:N0} | {o.Value:N1} | {g.Value:N1} | {r.Result.GreedyShare:P1} | {o.NeedsFullyStaffed:N0} / {g.NeedsFullyStaffed:N0} | {o.HoursAssigned:N0} / {g.HoursAssigned:N0} |");
        }

        Line(md);
        Line(md, $"![Engine against its baselines]({PlotFile})");
        Line(md);
        Line(md, "### Against the targets of issue 7");
        Line(md);
        Line(md, Verdict(pairsPerSecond >= PairsPerSecondTarget, $"scoring ≥ 100 M pairs / s / core: {pairsPerSecond / 1e6:0.0} M",
            pairsPerSecond >= PairsPerSecondTarget ? "" : $" ({PairsPerSecondTarget / pairsPerSecond:0.0}× short)"));
        Line(md, Verdict(ratio >= LinqRatioTarget, $"≥ 20× the LINQ scorer: × {ratio:0}", ""));
        foreach (var t in topK.Where(t => t.Volunteers == 1_000_000))
        {
            Line(md, Verdict(t.Engine.P50 <= TopTenMillionP50Target, $"top-10 among 1,000,000 p50 ≤ 10 ms: {Ms(t.Engine.P50)} ms",
                t.Engine.P50 <= TopTenMillionP50Target ? "" : $" ({Over(t.Engine.P50, TopTenMillionP50Target)}){Starved(t.Cpu)}; the engine used {t.EngineCpuMs:0.0} ms of CPU per search"));
        }

        foreach (var t in topK)
        {
            Line(md, Verdict(MiBPerMillion(t) <= MiBPerMillionTarget, $"≤ 250 MiB per million volunteers ({t.Volunteers:N0} indexed): {MiBPerMillion(t):0} MiB", ""));
        }

        foreach (var r in rounds)
        {
            var target = r.Volunteers * (long)r.Needs <= 20_000_000 ? SmallRoundTarget : LargeRoundTarget;
            Line(md, Verdict(r.Total.TotalMilliseconds <= target, $"round {r.Volunteers:N0} × {r.Needs:N0} ≤ {target / 1000:0} s: {r.Total.TotalSeconds:0.00} s",
                r.Total.TotalMilliseconds <= target ? "" : $" ({Over(r.Total.TotalMilliseconds, target)}){Starved(r.Cpu)}; it used {r.Cpu.MillisecondsPer(1, "driver") / 1000:0.0} s of CPU, " +
                    $"the exact solve (one thread) {r.Result.Timings.Solve.TotalSeconds:0.0} s of the wall time"));
        }

        Line(md, $"- Answers: the engine's top-10 equals the full scan's for {topK.Sum(t => t.Queries - t.Mismatches)} of {topK.Sum(t => t.Queries)} searches; " +
                 $"the exact plan's value is never below greedy's ({rounds.Count(r => r.Result.Optimal.Value >= r.Result.Greedy.Value)} of {rounds.Count} rounds).");
        return md.ToString();
    }

    /// <summary>Each kernel's gain over its baseline on a log scale, as a small self-contained SVG.</summary>
    public static string Plot(KernelResult kernels, IReadOnlyList<TopKResult> topK, IReadOnlyList<RoundRun> rounds)
    {
        var bars = new List<(string Label, double Factor)> { ("scoring: engine ÷ LINQ (pairs/s)", kernels.LinqNsPerPair / kernels.EngineNsPerPair) };
        bars.AddRange(topK.Select(t => ($"top-10 of {t.Volunteers:N0}: full scan ÷ engine (p50)", t.FullScan.P50 / t.Engine.P50)));
        bars.AddRange(rounds.Select(r => ($"round {r.Volunteers:N0}×{r.Needs:N0}: MCF value ÷ greedy", r.Result.Greedy.Value == 0 ? 1 : r.Result.Optimal.Value / r.Result.Greedy.Value)));
        const int width = 760, left = 330, barHeight = 22, gap = 10, top = 40;
        var max = Math.Max(10, bars.Max(b => b.Factor));
        var scale = (width - left - 80) / Math.Log10(max);
        var svg = new StringBuilder();
        var height = top + (bars.Count * (barHeight + gap)) + 20;
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"13\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"22\" font-size=\"15\">Matching engine against its baseline, same run (× gain, log scale)</text>\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var y = top + (i * (barHeight + gap));
            var length = Math.Max(2, Math.Log10(Math.Max(1, bars[i].Factor)) * scale);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 8}\" y=\"{y + 16}\" text-anchor=\"end\">{bars[i].Label}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{y}\" width=\"{length:0.0}\" height=\"{barHeight}\" fill=\"#3b6ea5\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + length + 6:0.0}\" y=\"{y + 16}\">× {bars[i].Factor:0.##}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Over(double measured, double target) =>
        measured < 2 * target ? $"{(measured / target) - 1:P0} over" : $"{measured / target:0.0}× over";

    // Why a time target is missed on a shared machine: the driver did not have the cores.
    private static string Starved(CpuUse cpu) =>
        cpu["other"] > EngineBenchmark.NoiseCores
            ? $" — other processes used {cpu["other"]:0.00} of the {Environment.ProcessorCount} cores meanwhile, the driver got {cpu["driver"]:0.00}"
            : "";

    private static double MiBPerMillion(TopKResult t) => t.IndexBytes / 1048576.0 * 1_000_000 / t.Volunteers;

    private static string Verdict(bool met, string what, string by) => $"- {(met ? "**Met**" : "**Missed**")}: {what}{by}.";

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : ms < 100 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
