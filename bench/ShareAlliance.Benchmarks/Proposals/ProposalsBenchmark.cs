using System.Diagnostics;
using System.Globalization;
using Npgsql;
using ShareAlliance.Benchmarks.Pipeline;
using ShareAlliance.Benchmarks.Reporting;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Proposals;

/// <summary>
/// End to end, the path a volunteer waits on: a need posted to Needs → <c>MatchProposed</c> received on the bus, with the
/// volunteers loaded into Matching; writes the proposals section of docs/benchmarks.md.
/// </summary>
internal static class ProposalsBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ProposalsOptions options;
        try
        {
            options = ProposalsOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        var machine = await Machine.DescribeAsync(cancellationToken);
        Log($"{machine}");
        var result = await MeasureAsync(options, cancellationToken);
        Log($"{result.Proposed} of {result.Accepted} needs got proposals; p50 {result.Latency.P50:0.0} ms, p95 {result.Latency.P95:0.0} ms, p99 {result.Latency.P99:0.0} ms");

        var report = ProposalsReport.ToMarkdown(options, machine, result);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.Output is not null)
        {
            BenchmarksDocument.WriteSection(options.Output, "proposals", report);
            Log($"written to {options.Output}");
        }

        return result.Lost == 0 && result.Accepted == result.Sent ? 0 : 1;
    }

    private static async Task<ProposalsResult> MeasureAsync(ProposalsOptions options, CancellationToken cancellationToken)
    {
        var load = TimeSpan.Zero;
        var matchingStart = Stopwatch.StartNew();
        Log($"starting Identity, loading {options.Volunteers:N0} volunteers into Matching's read model, starting Needs and Matching");
        await using var platform = await PipelinePlatform.StartAsync(PipelineMode.ListenNotifyMode, [], cancellationToken, async p =>
        {
            load = await VolunteerSeed.LoadAsync(p.MatchingSchema, options.Volunteers, cancellationToken);
            matchingStart.Restart();
        });
        var indexBuilt = matchingStart.Elapsed;
        Log($"bulk insert {load.TotalSeconds:0.0} s; Needs and Matching ready (index rebuilt from the read model) {indexBuilt.TotalSeconds:0.0} s later");

        await using var listener = await ProposalListener.StartAsync($"{platform.QueuePrefix}-bench-proposals", cancellationToken);
        var association = await DriverAssociation.CreateAsync(platform, cancellationToken);
        using var driver = new NeedsDriver(platform.Needs.BaseAddress, association.MemberToken, options.Connections);
        Log($"drafting {options.Warmup + options.Count} needs (not measured)");
        var drafts = await driver.DraftAsync(association.AssociationId, options.Warmup + options.Count, cancellationToken);

        var scope = await CpuScope.FindAsync(cancellationToken);
        var others = await CpuSample.WaitForQuietAsync(scope, ProposalsReport.NoiseCores, options.QuietPatience, cancellationToken);
        Log($"other processes use {others:0.00} cores; warm-up, {options.Warmup} needs (not measured)");
        var warmup = await driver.PublishAsync(drafts[..options.Warmup], options.Rate, cancellationToken);
        await SettleAsync(platform, listener, IdsOf(warmup), options.DeliveryTimeout, cancellationToken);

        Log($"measuring, {options.Count} needs at {options.Rate} needs/s");
        var cpuBefore = CpuSample.Take(scope);
        var postings = await driver.PublishAsync(drafts[options.Warmup..], options.Rate, cancellationToken);
        var ids = IdsOf(postings);
        await SettleAsync(platform, listener, ids, options.DeliveryTimeout, cancellationToken);
        var cpu = CpuSample.Between(cpuBefore, CpuSample.Take(scope));

        var stored = await ProposalsStoredAsync(platform.MatchingSchema, ids, cancellationToken);
        var known = await CountAsync($"select count(*) from {platform.MatchingSchema}.mt_doc_knownvolunteer", cancellationToken);
        return ProposalsResult.From(postings, listener.Received, stored, cpu, load, indexBuilt, known);
    }

    /// <summary>
    /// Waits until Matching knows every need (its proposals are made in that same transaction), then until every proposal it
    /// stored for them has been received (a need no volunteer fits gets none), or the timeout passes.
    /// </summary>
    private static async Task SettleAsync(PipelinePlatform platform, ProposalListener listener, Guid[] ids, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        await KnownNeeds.WaitForAsync(platform.MatchingSchema, ids, timeout, cancellationToken);
        while (waited.Elapsed < timeout)
        {
            var stored = (await ProposalsStoredAsync(platform.MatchingSchema, ids, cancellationToken)).Values.Sum();
            if (ids.Sum(id => listener.Received.GetValueOrDefault(id)?.Count ?? 0) >= stored)
            {
                return;
            }

            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>Proposals Matching stored per need (its proposal documents): what the listener should have received.</summary>
    private static async Task<Dictionary<Guid, int>> ProposalsStoredAsync(string schema, Guid[] ids, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"select (data->>'NeedId')::uuid, count(*) from {schema}.mt_doc_proposal where (data->>'NeedId')::uuid = any(@ids) group by 1", connection);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", ids));
        var stored = new Dictionary<Guid, int>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                stored[reader.GetGuid(0)] = (int)reader.GetInt64(1);
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No proposal stored yet: Marten creates the table on the first.
        }

        return stored;
    }

    private static async Task<long> CountAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static Guid[] IdsOf(Posting[] postings) => [.. postings.Where(p => p.Accepted).Select(p => p.NeedId!.Value)];

    public static void Log(FormattableString message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"proposals {DateTime.Now:HH:mm:ss}: {FormattableString.Invariant(message)}"));
}

/// <summary>The measured window: what was posted, which needs got proposals, and how long the first took to arrive.</summary>
internal sealed record ProposalsResult(
    int Sent,
    int Accepted,
    double SendRate,
    int Proposed,
    int ProposalsReceived,
    int ProposalsStored,
    int Lost,
    Distribution Latency,
    Distribution RoundTrip,
    CpuUse Cpu,
    TimeSpan Load,
    TimeSpan IndexBuilt,
    long VolunteersKnown,
    IReadOnlyList<string> Errors)
{
    public static ProposalsResult From(
        Posting[] postings, IReadOnlyDictionary<Guid, Received> received, Dictionary<Guid, int> stored, CpuUse cpu, TimeSpan load, TimeSpan indexBuilt, long known)
    {
        var sentSpan = postings.Max(p => p.SentAtUtc) - postings.Min(p => p.SentAtUtc);
        var accepted = postings.Where(p => p.Accepted).ToArray();
        var proposed = accepted.Where(p => received.ContainsKey(p.NeedId!.Value)).ToArray();
        var receivedCount = accepted.Sum(p => received.GetValueOrDefault(p.NeedId!.Value)?.Count ?? 0);
        var storedCount = stored.Values.Sum();
        return new ProposalsResult(
            postings.Length,
            accepted.Length,
            postings.Length > 1 ? (postings.Length - 1) / sentSpan.TotalSeconds : double.NaN,
            proposed.Length,
            receivedCount,
            storedCount,
            Math.Max(0, storedCount - receivedCount),
            Distribution.Of(proposed.Select(p => (received[p.NeedId!.Value].FirstAtUtc - p.SentAtUtc).TotalMilliseconds)),
            Distribution.Of(accepted.Select(p => p.RoundTrip.TotalMilliseconds)),
            cpu,
            load,
            indexBuilt,
            known,
            Posting.Failures(postings));
    }
}
