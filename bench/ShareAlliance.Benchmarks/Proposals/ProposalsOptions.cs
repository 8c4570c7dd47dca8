using System.Globalization;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Proposals;

internal sealed record ProposalsOptions(
    int Volunteers,
    double Rate,
    TimeSpan Duration,
    int Warmup,
    TimeSpan DeliveryTimeout,
    int Connections,
    string? Output,
    TimeSpan QuietPatience)
{
    public const string Usage =
        "[--volunteers n (100000)] [--rate needs/s (20)] [--duration s (60)] [--warmup needs (40)] [--timeout s (60)] [--connections n (64)] " +
        "[--quiet-wait s (300)] [--output file (docs/benchmarks.md)]";

    /// <summary>Needs sent in the measured window.</summary>
    public int Count => (int)Math.Round(Rate * Duration.TotalSeconds);

    public static ProposalsOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ProposalsOptions(100_000, 20, TimeSpan.FromSeconds(60), 40, TimeSpan.FromSeconds(60), 64,
            Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md"), TimeSpan.FromMinutes(5));
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. Usage: proposals {Usage}");
            options = args[i] switch
            {
                "--volunteers" => options with { Volunteers = (int)Positive(args[i], value) },
                "--rate" => options with { Rate = Positive(args[i], value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--warmup" => options with { Warmup = (int)Positive(args[i], value) },
                "--timeout" => options with { DeliveryTimeout = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--connections" => options with { Connections = (int)Positive(args[i], value) },
                "--quiet-wait" => options with { QuietPatience = TimeSpan.FromSeconds(value == "0" ? 0 : Positive(args[i], value)) },
                "--output" => options with { Output = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Usage: proposals {Usage}"),
            };
        }

        return options;
    }

    private static double Positive(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} takes a positive number, not '{value}'.");
}
