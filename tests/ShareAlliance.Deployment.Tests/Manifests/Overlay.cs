using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Manifests;

/// <summary>An overlay of k8s/ rendered with <c>kubectl kustomize</c>, once per test run.</summary>
public sealed class Overlay
{
    public static readonly string[] Names = ["dev", "prod"];

    private static readonly ConcurrentDictionary<string, Lazy<Task<Overlay>>> Rendered = new();

    private Overlay(string name, string yaml, IReadOnlyList<JsonObject> objects)
    {
        Name = name;
        Yaml = yaml;
        Objects = objects;
    }

    public string Name { get; }

    public string Yaml { get; }

    public IReadOnlyList<JsonObject> Objects { get; }

    public static TheoryData<string> All() => [.. Names];

    public static Task<Overlay> RenderAsync(string name) =>
        Rendered.GetOrAdd(name, n => new Lazy<Task<Overlay>>(() => LoadAsync(n))).Value;

    public IEnumerable<JsonObject> OfKind(string kind) => Objects.Where(o => Kind(o) == kind);

    public JsonObject? Find(string kind, string name) => OfKind(kind).SingleOrDefault(o => NameOf(o) == name);

    public static string Kind(JsonNode o) => (string)o["kind"]!;

    public static string NameOf(JsonNode o) => (string)o["metadata"]!["name"]!;

    public static string Describe(JsonNode o) => $"{Kind(o)}/{NameOf(o)}";

    /// <summary>The pod template of a workload (Deployment, CronJob), or null for other kinds.</summary>
    public static JsonObject? PodSpec(JsonObject o) => Kind(o) switch
    {
        "Deployment" or "Job" => o["spec"]!["template"]!["spec"]!.AsObject(),
        "CronJob" => o["spec"]!["jobTemplate"]!["spec"]!["template"]!["spec"]!.AsObject(),
        _ => null,
    };

    public static IEnumerable<JsonObject> Containers(JsonObject podSpec) =>
        (podSpec["containers"]?.AsArray() ?? []).Concat(podSpec["initContainers"]?.AsArray() ?? []).OfType<JsonObject>();

    public IEnumerable<(JsonObject Workload, JsonObject Pod)> Workloads() =>
        Objects.Select(o => (o, PodSpec(o))).Where(p => p.Item2 is not null).Select(p => (p.o, p.Item2!));

    private static async Task<Overlay> LoadAsync(string name)
    {
        var yaml = await Command.OutputOfAsync("kubectl", ["kustomize", Path.Combine(RepositoryPaths.Root, "k8s", "overlays", name)]);
        return new Overlay(name, yaml, await Support.Yaml.DocumentsAsync(yaml));
    }
}
