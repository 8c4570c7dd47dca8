namespace ShareAlliance.Benchmarks.Reporting;

/// <summary>
/// docs/benchmarks.md: each benchmark owns the text between its <c>&lt;!-- name:begin --&gt;</c> and
/// <c>&lt;!-- name:end --&gt;</c> markers and rewrites only that; everything else in the file is kept.
/// </summary>
internal static class BenchmarksDocument
{
    private const string Intro = """
        # Benchmarks

        Measured figures, not estimates: each section below is written by a benchmark in `bench/ShareAlliance.Benchmarks`
        (run them all with `bash bench/run.sh`) and rewritten, between its markers, each time it runs. Figures from a
        2-core build machine are a floor, not a capacity plan; compare modes and runs on the same machine.

        """;

    public static void WriteSection(string path, string name, string markdown)
    {
        var begin = $"<!-- {name}:begin -->";
        var end = $"<!-- {name}:end -->";
        var section = $"{begin}\n{markdown.Trim()}\n{end}";

        var text = File.Exists(path) ? File.ReadAllText(path) : Intro.ReplaceLineEndings("\n");
        var from = text.IndexOf(begin, StringComparison.Ordinal);
        var to = from < 0 ? -1 : text.IndexOf(end, from, StringComparison.Ordinal);
        text = to >= 0
            ? string.Concat(text.AsSpan(0, from), section, text.AsSpan(to + end.Length))
            : $"{text.TrimEnd()}\n\n{section}\n";

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }
}
