using System.Globalization;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Search;

internal sealed record SearchOptions(int Needs, int Runs, int Warmup, int Seed, string? Output, bool KeepSchema, bool IndexedOnly, TimeSpan QuietPatience)
{
    public const string Usage =
        "[--needs n (100000)] [--runs n per query and mode (300)] [--warmup n (30)] [--seed n (20261124)] [--quiet-wait s (300)] " +
        "[--output file (docs/benchmarks.md), or none] [--keep-schema] [--indexed-only (a tuning run: no baseline, no document)]";

    public static SearchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SearchOptions(100_000, 300, 30, 20261124, Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md"), false, false, TimeSpan.FromMinutes(5));
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--keep-schema" or "--indexed-only")
            {
                options = args[i] == "--keep-schema" ? options with { KeepSchema = true } : options with { IndexedOnly = true, Output = null };
                continue;
            }

            var name = args[i];
            var value = ++i < args.Count ? args[i] : throw new ArgumentException($"{name} needs a value. Usage: search {Usage}");
            options = name switch
            {
                "--needs" => options with { Needs = Whole(name, value, 1) },
                "--runs" => options with { Runs = Whole(name, value, 1) },
                "--warmup" => options with { Warmup = Whole(name, value, 0) },
                "--seed" => options with { Seed = Whole(name, value, 0) },
                "--quiet-wait" => options with { QuietPatience = TimeSpan.FromSeconds(Whole(name, value, 0)) },
                "--output" => options with { Output = value == "none" ? null : Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown option {name}. Usage: search {Usage}"),
            };
        }

        return options;
    }

    private static int Whole(string name, string value, int min) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw new ArgumentException($"{name} takes a whole number from {min}, not '{value}'.");
}
