using ShareAlliance.Benchmarks.Reporting;

namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>
/// One mode, start to end: fresh services and a verified association; drafts made ahead (not measured); warm-up; the
/// measured open-loop window of publications; then Matching's table read once.
/// </summary>
internal static class PipelineRun
{
    public static async Task<ModeResult> RunAsync(PipelineMode mode, PipelineOptions options, CancellationToken cancellationToken)
    {
        PipelineBenchmark.Log($"{mode.Name}: starting Identity, Needs (Marten__ListenNotify={mode.ListenNotify}) and Matching");
        await using var platform = await PipelinePlatform.StartAsync(mode, options.Overrides, cancellationToken);
        var association = await DriverAssociation.CreateAsync(platform, cancellationToken);
        using var driver = new NeedsDriver(platform.Needs.BaseAddress, association.MemberToken, options.Connections);

        PipelineBenchmark.Log($"{mode.Name}: drafting {options.Warmup + options.Count} needs (not measured)");
        var drafts = await driver.DraftAsync(association.AssociationId, options.Warmup + options.Count, cancellationToken);
        await BacklogProbe.WaitForRelayAsync(platform, options.DeliveryTimeout, cancellationToken);

        var scope = await CpuScope.FindAsync(cancellationToken);
        var others = await CpuSample.WaitForQuietAsync(scope, PipelineReport.NoiseCores, options.QuietPatience, cancellationToken);
        PipelineBenchmark.Log($"{mode.Name}: other processes use {others:0.00} cores; warm-up, {options.Warmup} publications (not measured)");
        var warmup = await driver.PublishAsync(drafts[..options.Warmup], options.Rate, cancellationToken);
        var warmupIds = IdsOf(warmup);
        var warmedUp = await KnownNeeds.WaitForAsync(platform.MatchingSchema, warmupIds, options.DeliveryTimeout, cancellationToken);
        if (warmupIds.Length < warmup.Length || warmedUp < warmup.Length)
        {
            throw new InvalidOperationException(
                $"{mode.Name}: only {warmupIds.Length} of {warmup.Length} warm-up publications were accepted and {warmedUp} reached Matching. " +
                string.Join("; ", Posting.Failures(warmup)) +
                $"{Environment.NewLine}--- Needs:{Environment.NewLine}{platform.Needs.RecentOutput}" +
                $"{Environment.NewLine}--- Matching:{Environment.NewLine}{platform.Matching.RecentOutput}");
        }

        PipelineBenchmark.Log($"{mode.Name}: measuring, {options.Count} publications at {options.Rate} needs/s");
        var cpuBefore = CpuSample.Take(scope);
        Posting[] postings;
        Guid[] ids;
        var backlog = BacklogProbe.Start(platform, cancellationToken);
        await using (backlog)
        {
            postings = await driver.PublishAsync(drafts[options.Warmup..], options.Rate, cancellationToken);
            ids = IdsOf(postings);
            PipelineBenchmark.Log($"{mode.Name}: {ids.Length} accepted; waiting up to {options.DeliveryTimeout.TotalSeconds} s for Matching to know them all");
            await KnownNeeds.WaitForAsync(platform.MatchingSchema, ids, options.DeliveryTimeout, cancellationToken);
        }

        var cpu = CpuSample.Between(cpuBefore, CpuSample.Take(scope));
        var committed = await KnownNeeds.CommittedAtAsync(platform.MatchingSchema, ids, cancellationToken);
        return ModeResult.From(mode, postings, committed, cpu, backlog);
    }

    private static Guid[] IdsOf(Posting[] postings) => [.. postings.Where(p => p.Accepted).Select(p => p.NeedId!.Value)];
}
