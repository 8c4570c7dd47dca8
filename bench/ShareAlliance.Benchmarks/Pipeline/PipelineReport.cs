using System.Globalization;
using System.Text;
using ShareAlliance.Benchmarks.Reporting;

namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>The pipeline section of docs/benchmarks.md: the table, where the time and the cores went, and the verdict.</summary>
internal static class PipelineReport
{
    private const double TargetRate = 200;
    private const double TargetP99Ms = 100;

    /// <summary>Cores other processes may use beside a measurement before it counts as disturbed.</summary>
    public const double NoiseCores = 0.1;

    public static string ToMarkdown(PipelineOptions options, Machine machine, IReadOnlyList<ModeResult> results)
    {
        var md = new StringBuilder();
        Line(md, "## Pipeline: need posted → known to Matching");
        Line(md);
        Line(md, $"Measured {machine.Date:yyyy-MM-dd HH:mm} UTC by `bash bench/run.sh` on {machine}.");
        Line(md, $"Per mode: fresh Identity, Needs and Matching processes (Release build, own schemas, database and queue); the driver " +
                 $"signs in as the member of a verified association and drafts {options.Warmup + options.Count} needs ahead (drafts stay in Needs). " +
                 $"It then **posts** them — `POST /needs/{{id}}/publish`, the moment a need goes public and Needs relays `NeedPublished` — " +
                 $"{options.Warmup} as a warm-up (not measured: the services' JIT compiles their hot paths meanwhile), then {options.Count} at {options.Rate:0.#} needs/s for {options.Duration.TotalSeconds:0.#} s, " +
                 $"open loop (each on its schedule, whatever the answers; up to {options.Connections} connections). Needs' per-user rate limit is " +
                 "lifted for the driver's single account.");
        if (options.Overrides.Count > 0)
        {
            Line(md, $"**What-if run**, services given extra settings: {string.Join("; ", options.Overrides)}.");
        }

        Line(md, "**Latency** = when Matching wrote the need (`mt_last_modified` of its `mt_doc_knownneed` row: PostgreSQL's " +
                 "`transaction_timestamp()` of the consumer's transaction) − the driver's clock just before it sent the publish request; both " +
                 "are this host's UTC wall clock, and Matching's table is read once after the run, not polled per need.");
        Line(md);
        Line(md, "| mode | needs sent | send rate (needs/s) | all delivered | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | throughput at Matching (needs/s) |");
        Line(md, "|---|--:|--:|:-:|--:|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            var delivered = r.AllDelivered ? "yes" : $"**no**: {r.Delivered} of {r.Sent}";
            Line(md, $"| {r.Mode.Name} | {r.Sent} | {r.SendRate:0.0} | {delivered} | {Ms(r.Latency.P50)} | {Ms(r.Latency.P95)} | " +
                     $"{Ms(r.Latency.P99)} | {Ms(r.Latency.Max)} | {r.MatchingThroughput:0.0} |");
        }

        var notify = results.FirstOrDefault(r => r.Mode.ListenNotify);
        var polling = results.FirstOrDefault(r => !r.Mode.ListenNotify);
        if (notify is not null && polling is not null)
        {
            Line(md);
            Line(md, $"Polling ÷ LISTEN/NOTIFY: **p50 × {polling.Latency.P50 / notify.Latency.P50:0.0}**, **p99 × {polling.Latency.P99 / notify.Latency.P99:0.0}**.");
        }

        Line(md);
        Line(md, "Where the time went (ms), and where a backlog built (peaks of a sample a second: events stored by Needs but not yet " +
                 "below the async daemon's high-water mark; events below it not yet published by the relay; messages ready in Matching's queue):");
        Line(md);
        Line(md, "| mode | POST round trip p50 / p99 | publishedAt → known p50 / p99 | events behind high-water mark | events waiting for the relay | messages in Matching's queue |");
        Line(md, "|---|--:|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            Line(md, $"| {r.Mode.Name} | {Ms(r.RoundTrip.P50)} / {Ms(r.RoundTrip.P99)} | {Ms(r.PublishedToKnown.P50)} / {Ms(r.PublishedToKnown.P99)} | " +
                     $"{Count(r.PeakHighWaterLag)} | {Count(r.PeakRelayLag)} | {Count(r.PeakQueueDepth)} |");
        }

        Line(md);
        Line(md, $"Cores busy on average over the measured window (of {machine.Cores}; Identity only signs the driver in, before the window); " +
                 "CPU per need = Needs + Matching + PostgreSQL + RabbitMQ:");
        Line(md);
        Line(md, "| mode | Needs | Matching | PostgreSQL | RabbitMQ | Identity | driver | other processes | whole machine | CPU per need (ms) |");
        Line(md, "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var r in results)
        {
            string Cores(string component) => r.Cpu[component].ToString("0.00", CultureInfo.InvariantCulture);
            Line(md, $"| {r.Mode.Name} | {Cores("Needs")} | {Cores("Matching")} | {Cores("PostgreSQL")} | {Cores("RabbitMQ")} | {Cores("Identity")} | {Cores("driver")} | " +
                     $"{Cores("other")} | {Cores("machine")} | {Ms(r.Cpu.MillisecondsPer(r.Delivered, "Needs", "Matching", "PostgreSQL", "RabbitMQ"))} |");
        }

        if (results.Any(r => r.Cpu["other"] > NoiseCores))
        {
            Line(md);
            Line(md, $"**Disturbed run**: other processes used more than {NoiseCores:0.00} cores during a window; compare with care or run again on a quiet machine.");
        }

        Line(md);
        var anomalies = results.Sum(r => r.ClockAnomalies);
        Line(md, $"Clock check: {anomalies} of {results.Sum(r => r.Delivered)} delivered needs break sent ≤ publishedAt ≤ response and " +
                 $"publishedAt ≤ known (so no negative latency); smallest latency {Ms(results.Min(r => r.Latency.Min))} ms." +
                 (anomalies == 0 ? string.Empty : " **The clock bases disagree: do not trust the latencies above.**"));
        foreach (var r in results.Where(r => r.Errors.Count > 0))
        {
            Line(md, $"Rejected or failed publish requests ({r.Mode.Name}): {string.Join("; ", r.Errors)}.");
        }

        if (notify is not null)
        {
            Line(md);
            Line(md, Meaning(options, machine, notify, polling));
        }

        return md.ToString();
    }

    private static string Meaning(PipelineOptions options, Machine machine, ModeResult notify, ModeResult? polling)
    {
        var text = new StringBuilder();
        text.Append(Invariant($"With LISTEN/NOTIFY a need is known to Matching {Ms(notify.Latency.P50)} ms after its publish request at the median and {Ms(notify.Latency.P99)} ms at p99"));
        text.Append(polling is null
            ? ". "
            : Invariant($"; when the relay polls instead it takes {Ms(polling.Latency.P50)} ms and {Ms(polling.Latency.P99)} ms. "));
        text.Append(Invariant($"Of the LISTEN/NOTIFY median, {Ms(notify.RoundTrip.P50)} ms is the publish request itself (HTTP, token, load, append, inline projections, commit) "));
        text.Append(Invariant($"and {Ms(notify.PublishedToKnown.P50)} ms the way from the handler's clock to Matching's write (commit, relay wake-up, publish, RabbitMQ, consumer); "));
        text.Append(Invariant($"the machine's {machine.Cores} cores were {notify.Cpu["machine"] / machine.Cores:0%} busy meanwhile. "));

        var sustained = notify.SendRate >= TargetRate * 0.98 && notify.MatchingThroughput >= TargetRate * 0.95 && notify.AllDelivered;
        if (options.Rate < TargetRate)
        {
            text.Append(Invariant($"The target (p99 under {TargetP99Ms} ms at {TargetRate} needs/s sustained) was **not tested**: this run sent {options.Rate:0.#} needs/s."));
        }
        else if (sustained && notify.Latency.P99 < TargetP99Ms)
        {
            text.Append(Invariant($"**Target met**: at {notify.SendRate:0} needs/s sustained (Matching kept pace at {notify.MatchingThroughput:0} needs/s, every need delivered), p99 is {Ms(notify.Latency.P99)} ms < {TargetP99Ms} ms."));
        }
        else
        {
            var why = new List<string>();
            if (notify.Latency.P99 >= TargetP99Ms)
            {
                why.Add(Invariant($"p99 is {Ms(notify.Latency.P99)} ms, over {TargetP99Ms} ms"));
            }

            if (!sustained)
            {
                why.Add(Invariant($"the rate was not sustained end to end (sent {notify.SendRate:0.0}/s, Matching {notify.MatchingThroughput:0.0}/s, {notify.Delivered} of {notify.Sent} delivered)"));
            }

            text.Append(Invariant($"**Target missed** (p99 under {TargetP99Ms} ms at {TargetRate} needs/s sustained, with LISTEN/NOTIFY): {string.Join("; ", why)}."));
        }

        return text.ToString();
    }

    private static string Ms(double value) =>
        double.IsNaN(value) ? "–" : value.ToString(Math.Abs(value) < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static string Count(long value) => value < 0 ? "–" : value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
