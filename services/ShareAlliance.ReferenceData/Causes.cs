using System.Collections.Frozen;

namespace ShareAlliance.ReferenceData;

/// <summary>A cause area: what an association works for, and what a volunteer or a funder may prefer.</summary>
public sealed record Cause(string Code, string Fr, string En);

/// <summary>The cause areas, loaded once from the embedded <c>causes.json</c>.</summary>
public static class Causes
{
    private sealed record CauseFile(string Version, IReadOnlyList<Cause> Causes);

    private static readonly CauseFile File = EmbeddedJson.Load<CauseFile>("causes.json");

    private static readonly FrozenDictionary<string, Cause> ByCode = File.Causes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    public static string Version => File.Version;

    public static IReadOnlyList<Cause> All => File.Causes;

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static Cause? Find(string code) => ByCode.GetValueOrDefault(code);
}
