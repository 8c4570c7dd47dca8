using System.Globalization;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Pipeline;

internal sealed record PipelineOptions(
    double Rate,
    TimeSpan Duration,
    int Warmup,
    TimeSpan DeliveryTimeout,
    int Connections,
    string? Output,
    IReadOnlyList<PipelineMode> Modes,
    IReadOnlyList<ServiceSetting> Overrides,
    TimeSpan QuietPatience)
{
    public const string Usage =
        "[--rate needs/s (200)] [--duration s (30)] [--warmup needs (2000)] [--timeout s (60)] [--connections n (64)] " +
        "[--modes both|notify|polling] [--set Needs|Matching|Identity:Key__Sub=value ...] [--quiet-wait s (300)] [--output file (docs/benchmarks.md; none for --set runs)]";

    /// <summary>Needs sent in the measured window.</summary>
    public int Count => (int)Math.Round(Rate * Duration.TotalSeconds);

    public static PipelineOptions Parse(IReadOnlyList<string> args)
    {
        // The warm-up is 10 s at the default rate: with 1 s (200 needs) the services were still compiling their hot paths to
        // tier 1 (.NET's tiered JIT) during the window — Matching used twice the CPU per need, and p99 ranged 77–211 ms from one
        // run to the next — so the window measured the first seconds of a process, not the sustained rate the target is about.
        var options = new PipelineOptions(200, TimeSpan.FromSeconds(30), 2000, TimeSpan.FromSeconds(60), 64,
            Path.Combine(RepositoryPaths.Root, "docs", "benchmarks.md"), PipelineMode.All, [], TimeSpan.FromMinutes(5));
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. Usage: pipeline {Usage}");
            options = args[i] switch
            {
                "--rate" => options with { Rate = Positive(args[i], value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--warmup" => options with { Warmup = (int)Positive(args[i], value) },
                "--timeout" => options with { DeliveryTimeout = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--connections" => options with { Connections = (int)Positive(args[i], value) },
                "--output" => options with { Output = Path.GetFullPath(value) },
                "--modes" => options with { Modes = ModesOf(value) },
                "--quiet-wait" => options with { QuietPatience = TimeSpan.FromSeconds(NonNegative(args[i], value)) },
                "--set" => options with { Overrides = [.. options.Overrides, ServiceSetting.Parse(value)] },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Usage: pipeline {Usage}"),
            };
        }

        // A what-if run is evidence for a discussion, not the figure of record: it goes to the console unless told otherwise.
        return options.Overrides.Count > 0 && !args.Contains("--output") ? options with { Output = null } : options;
    }

    private static IReadOnlyList<PipelineMode> ModesOf(string value) => value switch
    {
        "both" => PipelineMode.All,
        "notify" => [PipelineMode.ListenNotifyMode],
        "polling" => [PipelineMode.Polling],
        _ => throw new ArgumentException($"--modes takes both, notify or polling, not '{value}'."),
    };

    private static double NonNegative(string name, string value) =>
        value == "0" ? 0 : Positive(name, value);

    private static double Positive(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} takes a positive number, not '{value}'.");
}

/// <summary>A configuration value given to one service's process for a what-if run (an environment variable).</summary>
internal sealed record ServiceSetting(string Service, string Key, string Value)
{
    public static ServiceSetting Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return colon > 0 && equals > colon + 1 && text[..colon] is "Needs" or "Matching" or "Identity"
            ? new ServiceSetting(text[..colon], text[(colon + 1)..equals], text[(equals + 1)..])
            : throw new ArgumentException($"--set takes Needs:, Matching: or Identity:Key=value, not '{text}'.");
    }

    public override string ToString() => $"{Service}: {Key}={Value}";
}
