using System.Diagnostics;
using System.Globalization;
using Npgsql;
using ShareAlliance.Benchmarks.Pipeline;
using ShareAlliance.Benchmarks.Reporting;
using ShareAlliance.Needs.Features.SearchNeeds;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Search;

/// <summary>One query's figures in one mode.</summary>
internal sealed record QueryResult(SearchQuery Query, Distribution Latency, long Matches, string Answer, IReadOnlyList<string> IndexesUsed);

internal sealed record ModeRun(string Name, IReadOnlyList<QueryResult> Queries, CpuUse Cpu);

/// <summary>
/// GET /needs's query on 100,000 needs, with the indexes the service declares and then, in the same process on the same
/// data, without them; writes the search section of docs/benchmarks.md.
/// </summary>
internal static class SearchBenchmark
{
    public const double NoiseCores = 0.1;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        SearchOptions options;
        try
        {
            options = SearchOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        var schema = TestEnvironment.NewSchemaName("search");
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        try
        {
            Log($"loading {options.Needs} needs into {schema}.{NeedSearchTable.Name} (COPY, then the indexes)");
            var loading = Stopwatch.StartNew();
            await SearchData.CreateAsync(connection, schema, options.Needs, options.Seed, cancellationToken);
            await SearchData.CreateIndexesAsync(connection, schema, cancellationToken);
            Log($"loaded in {loading.Elapsed.TotalSeconds:0} s");

            var scope = await CpuScope.FindAsync(cancellationToken);
            var indexed = await MeasureAsync("with indexes", connection, schema, options, scope, cancellationToken);
            if (options.IndexedOnly)
            {
                return 0;
            }

            await SearchData.DropIndexesAsync(connection, schema, cancellationToken);
            var baseline = await MeasureAsync("without (baseline)", connection, schema, options, scope, cancellationToken);

            var report = SearchReport.ToMarkdown(options, options.Output is null ? null : await Machine.DescribeAsync(cancellationToken), indexed, baseline);
            Console.WriteLine();
            Console.WriteLine(report);
            if (options.Output is not null)
            {
                BenchmarksDocument.WriteSection(options.Output, "search", report);
                Log($"written to {options.Output}");
            }

            // Dropping indexes must change the speed, never the answer.
            return indexed.Queries.Zip(baseline.Queries).All(p => p.First.Answer == p.Second.Answer) ? 0 : 1;
        }
        finally
        {
            if (!options.KeepSchema)
            {
                await Database.DropSchemaAsync(schema);
            }
        }
    }

    private static async Task<ModeRun> MeasureAsync(
        string mode, NpgsqlConnection connection, string schema, SearchOptions options, CpuScope scope, CancellationToken cancellationToken)
    {
        var others = await CpuSample.WaitForQuietAsync(scope, NoiseCores, options.QuietPatience, cancellationToken);
        Log($"{mode}: other processes use {others:0.00} cores; {options.Warmup} warm-up and {options.Runs} timed runs per query");
        var before = CpuSample.Take(scope);
        var results = new List<QueryResult>();
        foreach (var query in SearchWorkload.All)
        {
            var criteria = query.ToCriteria();
            var scansBefore = await IndexScansAsync(connection, schema, cancellationToken);
            NeedSearchResult? last = null;
            for (var i = 0; i < options.Warmup; i++)
            {
                last = await NeedSearch.RunAsync(connection, schema, criteria, cancellationToken);
            }

            var timings = new double[options.Runs];
            for (var i = 0; i < options.Runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                last = await NeedSearch.RunAsync(connection, schema, criteria, cancellationToken);
                timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            var scansAfter = await IndexScansAsync(connection, schema, cancellationToken);
            var used = scansAfter.Where(s => s.Value > scansBefore.GetValueOrDefault(s.Key)).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
            var latency = Distribution.Of(timings);
            results.Add(new(query, latency, last!.Total, Fingerprint(last), used));
            Log($"{mode}: {query.Name}: {last.Total} matches, p50 {latency.P50:0.0} ms, p99 {latency.P99:0.0} ms; indexes: {string.Join(", ", used)}");
        }

        return new(mode, results, CpuSample.Between(before, CpuSample.Take(scope)));
    }

    // Index scans so far, per index of the search table. A backend reports its statistics lazily: ask it to flush first.
    private static async Task<Dictionary<string, long>> IndexScansAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using (var flush = new NpgsqlCommand("select pg_stat_force_next_flush()", connection))
        {
            await flush.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            "select indexrelname, idx_scan from pg_stat_user_indexes where schemaname = @schema and relname = @table", connection);
        command.Parameters.AddWithValue("schema", schema);
        command.Parameters.AddWithValue("table", NeedSearchTable.Name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var scans = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            scans[reader.GetString(0)] = reader.GetInt64(1);
        }

        return scans;
    }

    private static string Fingerprint(NeedSearchResult result) =>
        $"{result.Total}|{string.Join(',', result.Items.Select(i => i.Id))}|{System.Text.Json.JsonSerializer.Serialize(result.Facets)}";

    public static void Log(FormattableString message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search {DateTime.Now:HH:mm:ss}: {FormattableString.Invariant(message)}"));
}
