using System.Collections.Frozen;
using System.Text.Json;

namespace ShareAlliance.ReferenceData;

public sealed record NeedCategory(string Code, string Fr, string En);

/// <summary>The need categories of DOMAIN.md, loaded once from the embedded <c>categories.json</c>.</summary>
public static class NeedCategories
{
    private sealed record CategoryFile(string Version, IReadOnlyList<NeedCategory> Categories);

    private static readonly CategoryFile File = EmbeddedJson.Load<CategoryFile>("categories.json");

    private static readonly FrozenDictionary<string, NeedCategory> ByCode =
        File.Categories.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);

    public static string Version => File.Version;

    public static IReadOnlyList<NeedCategory> All => File.Categories;

    /// <summary>Codes are upper case and compared exactly: a client that sends <c>comm</c> is told so.</summary>
    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code);

    public static NeedCategory? Find(string code) => ByCode.GetValueOrDefault(code);
}

internal static class EmbeddedJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Load<T>(string name)
    {
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded reference data '{name}' is missing from the build.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Embedded reference data '{name}' is empty.");
    }
}
