using System.Text.Json.Nodes;
using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Manifests;

/// <summary>
/// Every rendered object of a core kind is checked against the Kubernetes API's OpenAPI schemas by the npm package
/// kubernetes-models (k8s/tests/validate.mjs); the operators' custom resources are the only others allowed.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string[] OperatorKinds =
        ["postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Database", "rabbitmq.com/v1beta1/RabbitmqCluster"];

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task EveryCoreObject_MatchesTheKubernetesSchema(string name)
    {
        var overlay = await Overlay.RenderAsync(name);

        var report = await ValidateAsync(overlay.Yaml);

        report["invalid"]!.AsArray().ShouldBeEmpty(report["invalid"]!.ToJsonString());
        var validated = report["validated"]!.AsArray().Count;
        var notCore = report["notCore"]!.AsArray().Select(n => (string)n!).ToList();
        validated.ShouldBe(overlay.Objects.Count - notCore.Count);
        validated.ShouldBeGreaterThan(20);
        notCore.ShouldAllBe(o => OperatorKinds.Any(k => o.StartsWith(k + "/", StringComparison.Ordinal)), string.Join(", ", notCore));
    }

    [Fact]
    public async Task TheValidator_RejectsAnObjectThatBreaksTheSchema()
    {
        const string broken = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: broken}
            spec:
              replicas: two
              selector: {matchLabels: {app: x}}
              template:
                metadata: {labels: {app: x}}
                spec: {containers: [{name: app, image: x, ports: [{containerPort: http}]}]}
            """;

        var report = await ValidateAsync(broken);

        report["invalid"]!.AsArray().Count.ShouldBe(1);
        report["invalid"]![0]!["errors"]!.ToJsonString().ShouldContain("replicas");
    }

    private static async Task<JsonNode> ValidateAsync(string yaml) =>
        JsonNode.Parse(await Command.OutputOfAsync("node", [Path.Combine(Support.Yaml.ToolsFolder, "validate.mjs")], yaml))!;
}
