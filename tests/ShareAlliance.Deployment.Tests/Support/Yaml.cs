using System.Text.Json.Nodes;

namespace ShareAlliance.Deployment.Tests.Support;

/// <summary>YAML read with the npm "yaml" package (k8s/tests/to-json.mjs): one parser for manifests and the compose file.</summary>
public static class Yaml
{
    public static string ToolsFolder => Path.Combine(RepositoryPaths.Root, "k8s", "tests");

    public static async Task<IReadOnlyList<JsonObject>> DocumentsAsync(string yaml)
    {
        var json = await Command.OutputOfAsync("node", [Path.Combine(ToolsFolder, "to-json.mjs")], yaml);
        return [.. JsonNode.Parse(json)!.AsArray().OfType<JsonObject>()];
    }

    public static async Task<JsonObject> FileAsync(string relativePath) =>
        (await DocumentsAsync(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, relativePath)))).Single();
}
