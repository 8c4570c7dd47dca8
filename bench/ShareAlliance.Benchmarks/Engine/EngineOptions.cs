using System.Globalization;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Engine;

internal sealed record EngineOptions(
    IReadOnlyList<int> Volunteers, int Queries, IReadOnlyList<(int Volunteers, int Needs)> Rounds, bool Quick, bool Sql, int Seed, string? Output)
{
    public const string Usage =
        "[--volunteers 100000,1000000] [--queries n per size (200)] [--rounds 10000x2000,100000x10000] [--quick (BenchmarkDotNet short runs)] " +
        "[--sql (the same score as a PostgreSQL query too: needs the servers, bench/run.sh starts them)] " +
        "[--seed n (20261124)] [--output file (docs/benchmarks.md), or none]";

    public static EngineOptions Parse(IReadOnlyList<string> args)
    {
        var options = new EngineOptions([100_000, 1_000_000], 200, [(10_000, 2_000), (100_000, 10_000)], false, false, 20261124,
            Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md"));
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--quick" or "--sql")
            {
                options = args[i] == "--quick" ? options with { Quick = true } : options with { Sql = true };
                continue;
            }

            var name = args[i];
            var value = ++i < args.Count ? args[i] : throw new ArgumentException($"{name} needs a value. Usage: engine {Usage}");
            options = name switch
            {
                "--volunteers" => options with { Volunteers = [.. value.Split(',').Select(v => Whole(name, v))] },
                "--queries" => options with { Queries = Whole(name, value) },
                "--rounds" => options with { Rounds = [.. value.Split(',').Select(r => r.Split('x')).Select(p => (Whole(name, p[0]), Whole(name, p[^1])))] },
                "--seed" => options with { Seed = Whole(name, value) },
                "--output" => options with { Output = value == "none" ? null : Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown option {name}. Usage: engine {Usage}"),
            };
        }

        return options;
    }

    private static int Whole(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n
            : throw new ArgumentException($"{name} takes whole numbers from 1, not '{value}'.");
}
