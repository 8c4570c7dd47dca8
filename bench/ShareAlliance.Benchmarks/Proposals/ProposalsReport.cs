using System.Globalization;
using System.Text;
using ShareAlliance.Benchmarks.Reporting;

namespace ShareAlliance.Benchmarks.Proposals;

/// <summary>The proposals section of docs/benchmarks.md: the figures, where the cores went, and the verdict against issue 7's target.</summary>
internal static class ProposalsReport
{
    /// <summary>Issue 7: need posted → proposals received, p99, with 100,000 volunteers loaded.</summary>
    private const double TargetP99Ms = 300;
    private const int TargetVolunteers = 100_000;

    /// <summary>Cores other processes may use beside a measurement before it counts as disturbed.</summary>
    public const double NoiseCores = 0.1;

    public static string ToMarkdown(ProposalsOptions options, Machine machine, ProposalsResult r)
    {
        var md = new StringBuilder();
        Line(md, "## End to end: need posted → `MatchProposed` received");
        Line(md);
        Line(md, Invariant($"Measured {machine.Date:yyyy-MM-dd HH:mm} UTC by `bash bench/run.sh proposals{Arguments(options)}` on {machine}."));
        Line(md, Invariant($"Fresh Identity, Needs and Matching processes (Release build, own schemas, database and queues). **{options.Volunteers:N0} volunteers** ") +
                 Invariant($"(the engine benchmark's synthetic profiles, seed {VolunteerSeed.Seed}: 3–8 skills mostly from one or two categories, 5–40 h a month, some paused) ") +
                 Invariant($"are written into Matching's read model with Marten's bulk insert (COPY) before Matching starts — {r.Load.TotalSeconds:0.0} s — and Matching ") +
                 Invariant($"rebuilds its index from them at start-up as after any restart (Needs and Matching ready {r.IndexBuilt.TotalSeconds:0.0} s later; {r.VolunteersKnown:N0} volunteers in its read model). ") +
                 "Loading them through the bus instead would cost a transaction (and a round of proposals) per profile, minutes, for the same index.");
        Line(md, Invariant($"The driver, the member of a verified association, drafts {options.Warmup + options.Count} remote needs ahead (one catalogue skill of their category each, ") +
                 Invariant($"levels 1–4), then posts them (`POST /needs/{{id}}/publish`): {options.Warmup} as a warm-up, then {options.Count} at {options.Rate:0.#} needs/s for ") +
                 Invariant($"{options.Duration.TotalSeconds:0.#} s, open loop. Its own receive endpoint on RabbitMQ, bound to `MatchProposed` like any consumer, notes when each proposal arrives."));
        Line(md, "**Latency** = when the first `MatchProposed` of a need reached the driver − the driver's clock just before it sent the publish request (one clock). " +
                 "Between them: Needs' request and commit, its relay, `NeedPublished` through RabbitMQ, Matching's consumer (copy of the need, top-k over the index, " +
                 "the proposals decided under the volunteers' locks and stored, one transaction), Matching's relay, `MatchProposed` through RabbitMQ.");
        Line(md);
        Line(md, "| volunteers | needs sent | send rate (needs/s) | needs with proposals | proposals received / stored | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | POST round trip p50 / p99 (ms) |");
        Line(md, "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        Line(md, Invariant($"| {options.Volunteers:N0} | {r.Sent} | {r.SendRate:0.0} | {r.Proposed} of {r.Accepted} | {r.ProposalsReceived} / {r.ProposalsStored} | ") +
                 $"{Ms(r.Latency.P50)} | {Ms(r.Latency.P95)} | {Ms(r.Latency.P99)} | {Ms(r.Latency.Max)} | {Ms(r.RoundTrip.P50)} / {Ms(r.RoundTrip.P99)} |");
        Line(md);
        Line(md, Invariant($"Cores busy on average over the measured window (of {machine.Cores}):"));
        Line(md);
        Line(md, "| Needs | Matching | PostgreSQL | RabbitMQ | driver | other processes | whole machine | CPU per need (ms) |");
        Line(md, "|--:|--:|--:|--:|--:|--:|--:|--:|");
        string Cores(string component) => r.Cpu[component].ToString("0.00", CultureInfo.InvariantCulture);
        Line(md, $"| {Cores("Needs")} | {Cores("Matching")} | {Cores("PostgreSQL")} | {Cores("RabbitMQ")} | {Cores("driver")} | {Cores("other")} | {Cores("machine")} | " +
                 $"{Ms(r.Cpu.MillisecondsPer(r.Accepted, "Needs", "Matching", "PostgreSQL", "RabbitMQ"))} |");
        if (r.Cpu["other"] > NoiseCores)
        {
            Line(md);
            Line(md, Invariant($"**Disturbed run**: other processes used more than {NoiseCores:0.00} cores; compare with care or run again on a quiet machine."));
        }

        if (r.Errors.Count > 0 || r.Lost > 0)
        {
            Line(md);
            Line(md, Invariant($"**Failures**: {string.Join("; ", r.Errors)}{(r.Lost > 0 ? $" {r.Lost} proposals stored but never received" : string.Empty)}."));
        }

        Line(md);
        Line(md, Verdict(options, r));
        return md.ToString();
    }

    private static string Verdict(ProposalsOptions options, ProposalsResult r)
    {
        var target = Invariant($"need posted → proposals received p99 ≤ {TargetP99Ms} ms with {TargetVolunteers:N0} volunteers loaded");
        if (options.Volunteers < TargetVolunteers)
        {
            return Invariant($"**Not the figure of record** ({target}): this run loaded {options.Volunteers:N0} volunteers; p99 {Ms(r.Latency.P99)} ms.");
        }

        return r.Latency.P99 <= TargetP99Ms
            ? Invariant($"**Target met** ({target}): p99 is {Ms(r.Latency.P99)} ms at {r.SendRate:0.0} needs/s.")
            : Invariant($"**Target missed** ({target}): p99 is {Ms(r.Latency.P99)} ms, {Ms(r.Latency.P99 - TargetP99Ms)} ms over, at {r.SendRate:0.0} needs/s.");
    }

    private static string Arguments(ProposalsOptions options)
    {
        var defaults = ProposalsOptions.Parse([]);
        var given = new List<string>();
        if (options.Volunteers != defaults.Volunteers)
        {
            given.Add(Invariant($"--volunteers {options.Volunteers}"));
        }

        if (options.Rate != defaults.Rate)
        {
            given.Add(Invariant($"--rate {options.Rate:0.#}"));
        }

        if (options.Duration != defaults.Duration)
        {
            given.Add(Invariant($"--duration {options.Duration.TotalSeconds:0.#}"));
        }

        return given.Count == 0 ? string.Empty : " " + string.Join(' ', given);
    }

    private static string Ms(double value) =>
        double.IsNaN(value) ? "–" : value.ToString(Math.Abs(value) < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    private static void Line(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
