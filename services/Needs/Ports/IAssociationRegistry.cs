using System.Text.Json;

namespace ShareAlliance.Needs.Ports;

/// <summary>What the national registries (RNA, SIRENE) say about an identifier, for the coordinator who verifies.</summary>
public sealed record RegistryEntry(string Identifier, string Name, string? City, bool Active);

/// <summary>Looks an association up in the public registries. Deployments may plug a real client; tests and local runs read fixtures.</summary>
public interface IAssociationRegistry
{
    Task<RegistryEntry?> FindAsync(string identifier, CancellationToken cancellationToken);
}

/// <summary>Reads <c>Ports/registry-fixtures.json</c>: the build machines have no internet, and tests need known answers.</summary>
public sealed class FixtureAssociationRegistry : IAssociationRegistry
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<Dictionary<string, RegistryEntry>> Entries = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Ports", "registry-fixtures.json");
        var entries = JsonSerializer.Deserialize<List<RegistryEntry>>(File.ReadAllText(path), Json) ?? [];
        return entries.ToDictionary(e => e.Identifier, StringComparer.Ordinal);
    });

    public Task<RegistryEntry?> FindAsync(string identifier, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.Value.GetValueOrDefault(identifier));
}
