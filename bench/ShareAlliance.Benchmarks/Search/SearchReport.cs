using System.Globalization;
using System.Text;
using ShareAlliance.Benchmarks.Reporting;
using ShareAlliance.Needs.Features.SearchNeeds;

namespace ShareAlliance.Benchmarks.Search;

/// <summary>The search section of docs/benchmarks.md: both modes side by side, the ratio, and the verdict.</summary>
internal static class SearchReport
{
    private const double TargetP99Ms = 50;

    public static string ToMarkdown(SearchOptions options, Machine? machine, ModeRun indexed, ModeRun baseline)
    {
        var md = new StringBuilder();
        Line(md, $"## Search: GET /needs on {options.Needs:N0} needs");
        Line(md);
        Line(md, machine is null
            ? "Measured by `bash bench/run.sh search` (machine not described: console run)."
            : $"Measured {machine.Date:yyyy-MM-dd HH:mm} UTC by `bash bench/run.sh search` on {machine}.");
        Line(md, $"Data: {options.Needs:N0} needs written with COPY into a fresh schema's `{NeedSearchTable.Name}` table (seed {options.Seed}): " +
                 "categories weighted as the Solidatech barometer ranks digital uses, départements by population, 40 % remote, " +
                 "skills from the catalogue for the category, 55 % published and the rest staffed, in progress, completed or expired, a quarter of the text in English.");
        Line(md, "Each query goes through the code behind GET /needs: the endpoint's own query record and validator turn the query string into " +
                 "criteria, then `NeedSearch.RunAsync` sends the page and the facets (with the total) as one command and reads them; one connection, " +
                 $"closed loop, {options.Warmup} warm-up then {options.Runs} timed runs per query. Then the {NeedSearchTable.Indexes.Count} indexes the " +
                 "service declares are dropped (the primary key stays), the table analysed, and the same queries run again in the same process: the baseline.");
        Line(md);
        Line(md, "Latency is the wall clock around `NeedSearch.RunAsync` (one round trip: SQL, execution, reading); indexes used are read from " +
                 "`pg_stat_user_indexes` before and after each query's runs.");
        Line(md);
        Line(md, "| query (GET /needs?…) | matches | with indexes p50 / p95 / p99 (ms) | without p50 / p95 / p99 (ms) | p99 without ÷ with | indexes used |");
        Line(md, "|---|--:|--:|--:|--:|---|");
        foreach (var (with, without) in indexed.Queries.Zip(baseline.Queries))
        {
            var query = with.Query.QueryString.Length == 0 ? "(none)" : $"`{with.Query.QueryString}`";
            Line(md, $"| {with.Query.Name}: {query} | {with.Matches:N0} | {Ms(with.Latency.P50)} / {Ms(with.Latency.P95)} / {Ms(with.Latency.P99)} | " +
                     $"{Ms(without.Latency.P50)} / {Ms(without.Latency.P95)} / {Ms(without.Latency.P99)} | **× {without.Latency.P99 / with.Latency.P99:0.0}** | " +
                     $"{(with.IndexesUsed.Count == 0 ? "none" : string.Join(", ", with.IndexesUsed.Select(i => i.Replace("need_search_", "", StringComparison.Ordinal))))} |");
        }

        Line(md);
        var cores = machine?.Cores ?? Environment.ProcessorCount;
        Line(md, $"Cores busy on average while measuring (of {cores}): with indexes PostgreSQL {Cores(indexed, "PostgreSQL")}, driver {Cores(indexed, "driver")}, " +
                 $"other processes {Cores(indexed, "other")}; without, PostgreSQL {Cores(baseline, "PostgreSQL")}, driver {Cores(baseline, "driver")}, other processes {Cores(baseline, "other")}." +
                 (indexed.Cpu["other"] > SearchBenchmark.NoiseCores || baseline.Cpu["other"] > SearchBenchmark.NoiseCores
                     ? " **Disturbed run**: other processes used more than 0.10 cores; compare with care." : ""));
        Line(md);

        var typical = indexed.Queries[0];
        var typicalBaseline = baseline.Queries[0];
        var verdict = typical.Latency.P99 < TargetP99Ms ? "**Target met**" : "**Target missed**";
        var weakest = indexed.Queries.Zip(baseline.Queries).MinBy(p => p.Second.Latency.P99 / p.First.Latency.P99);
        Line(md, $"{verdict} (typical faceted query, p99 under {TargetP99Ms:0} ms on {options.Needs:N0} needs): {Ms(typical.Latency.P99)} ms with the indexes, " +
                 $"{Ms(typicalBaseline.Latency.P99)} ms without them, **× {typicalBaseline.Latency.P99 / typical.Latency.P99:0.0}**. " +
                 "With them PostgreSQL combines the text index with the category and région indexes (bitmap AND / OR) and reads only the " +
                 "needs that can count in the answer; without them it reads every row and tests its text vector, for the page, for the facets " +
                 "and for the skills. " +
                 $"The smallest gain is for {weakest.First.Query.Name} (× {weakest.Second.Latency.P99 / weakest.First.Latency.P99:0.0}): when facets must be counted " +
                 "over a large share of the table (the landing page counts every published need; each chosen filter's own facet counts the needs " +
                 "matching the others), the aggregation is the work, and no index shortens it. " +
                 (indexed.Queries.Zip(baseline.Queries).All(p => p.First.Answer == p.Second.Answer)
                     ? "Dropping the indexes changed no answer (checked: same totals, pages and facets)."
                     : "**Answers differed with and without the indexes**: a bug, see the console."));
        return md.ToString();
    }

    private static string Cores(ModeRun run, string component) => run.Cpu[component].ToString("0.00", CultureInfo.InvariantCulture);

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
