using ShareAlliance.Benchmarks.Reporting;

namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>Nearest-rank percentiles of a set of durations, in milliseconds.</summary>
internal sealed record Distribution(double P50, double P95, double P99, double Max, double Min)
{
    public static Distribution Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new Distribution(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double At(double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new Distribution(At(0.50), At(0.95), At(0.99), sorted[^1], sorted[0]);
    }
}

/// <summary>One mode's measured window: what was sent, what Matching got, how long it took, and where the cores went.</summary>
internal sealed record ModeResult(
    PipelineMode Mode,
    int Sent,
    int Accepted,
    double SendRate,
    TimeSpan MaxScheduleLag,
    int Delivered,
    Distribution Latency,
    double MatchingThroughput,
    Distribution RoundTrip,
    Distribution PublishedToKnown,
    int ClockAnomalies,
    CpuUse Cpu,
    long PeakHighWaterLag,
    long PeakRelayLag,
    long PeakQueueDepth,
    IReadOnlyList<string> Errors)
{
    // mt_last_modified has microseconds, publishedAt and the client clock 100 ns ticks.
    private static readonly TimeSpan Truncation = TimeSpan.FromMicroseconds(1);

    public bool AllDelivered => Accepted == Sent && Delivered == Sent;

    public static ModeResult From(PipelineMode mode, Posting[] postings, Dictionary<Guid, DateTime> committed, CpuUse cpu, BacklogProbe backlog)
    {
        var sentSpan = postings.Max(p => p.SentAtUtc) - postings.Min(p => p.SentAtUtc);
        var accepted = postings.Where(p => p.Accepted).ToArray();
        var delivered = accepted
            .Where(p => committed.ContainsKey(p.NeedId!.Value))
            .Select(p => (Posting: p, Known: committed[p.NeedId!.Value], Published: p.PublishedAt!.Value.UtcDateTime))
            .ToArray();
        var commits = delivered.Select(d => d.Known).Order().ToArray();

        // Same host, same UTC wall clock for the driver, Needs and PostgreSQL: the order sent <= published <= known must hold.
        var anomalies = delivered.Count(d =>
            d.Published < d.Posting.SentAtUtc
            || d.Published > d.Posting.SentAtUtc + d.Posting.RoundTrip + Truncation
            || d.Known < d.Published - Truncation);

        return new ModeResult(
            mode,
            postings.Length,
            accepted.Length,
            postings.Length > 1 ? (postings.Length - 1) / sentSpan.TotalSeconds : double.NaN,
            postings.Max(p => p.ScheduleLag),
            delivered.Length,
            Distribution.Of(delivered.Select(d => (d.Known - d.Posting.SentAtUtc).TotalMilliseconds)),
            commits.Length > 1 ? (commits.Length - 1) / (commits[^1] - commits[0]).TotalSeconds : double.NaN,
            Distribution.Of(accepted.Select(p => p.RoundTrip.TotalMilliseconds)),
            Distribution.Of(delivered.Select(d => (d.Known - d.Published).TotalMilliseconds)),
            anomalies,
            cpu,
            backlog.PeakHighWaterLag,
            backlog.PeakRelayLag,
            backlog.PeakQueueDepth,
            Posting.Failures(postings));
    }
}
