using System.Text.Json.Nodes;
using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Compose;

/// <summary>docker-compose.yml as Compose itself reads it: <c>docker-compose config</c> (anchors and merges resolved).</summary>
public sealed class ComposeFile
{
    private static readonly Lazy<Task<ComposeFile>> Loaded = new(LoadOnceAsync);

    private ComposeFile(CommandResult config, JsonObject document)
    {
        Config = config;
        Document = document;
    }

    public CommandResult Config { get; }

    public JsonObject Document { get; }

    public IReadOnlyDictionary<string, JsonObject> Services =>
        Document["services"]!.AsObject().ToDictionary(s => s.Key, s => s.Value!.AsObject());

    /// <summary>
    /// The services built from services/&lt;Folder&gt;/Dockerfile, and the web front end from web/&lt;Folder&gt;/Dockerfile (not
    /// PostgreSQL, RabbitMQ or the seed).
    /// </summary>
    public IReadOnlyDictionary<string, JsonObject> PlatformServices =>
        Services.Where(s => ((string?)s.Value["build"]?["dockerfile"]) is { } dockerfile
                && (dockerfile.StartsWith("services/", StringComparison.Ordinal) || dockerfile.StartsWith("web/", StringComparison.Ordinal)))
            .ToDictionary(s => s.Key, s => s.Value);

    public static Task<ComposeFile> LoadAsync() => Loaded.Value;

    public static IReadOnlyDictionary<string, string> Environment(JsonObject service) =>
        service["environment"]?.AsObject().ToDictionary(e => e.Key, e => e.Value?.ToString() ?? "") ?? [];

    private static async Task<ComposeFile> LoadOnceAsync()
    {
        var config = await Command.RunAsync("docker-compose", ["--file", Path.Combine(RepositoryPaths.Root, "docker-compose.yml"), "config"]);
        var document = config.ExitCode == 0 ? (await Yaml.DocumentsAsync(config.Output)).Single() : [];
        return new ComposeFile(config, document);
    }
}
