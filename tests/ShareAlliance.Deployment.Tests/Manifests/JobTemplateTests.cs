using System.Text.Json.Nodes;
using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Manifests;

/// <summary>k8s/jobs/matching-round.yaml: a round on demand, the same job as the scheduled one.</summary>
public sealed class JobTemplateTests
{
    private static readonly string JobFile = Path.Combine("k8s", "jobs", "matching-round.yaml");

    [Fact]
    public async Task OnDemandRound_MatchesTheKubernetesSchema()
    {
        var report = JsonNode.Parse(await Command.OutputOfAsync("node", [Path.Combine(Yaml.ToolsFolder, "validate.mjs")], Repository.Read(JobFile)))!;

        report["invalid"]!.AsArray().ShouldBeEmpty(report["invalid"]!.ToJsonString());
        report["validated"]!.AsArray().Count.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Overlay.All), MemberType = typeof(Overlay))]
    public async Task OnDemandRound_IsTheScheduledRoundsJob(string name)
    {
        var job = await Yaml.FileAsync(JobFile);
        var scheduled = (await Overlay.RenderAsync(name)).Find("CronJob", "matching-rounds")!;

        ((string?)job["metadata"]!["generateName"]).ShouldBe("matching-round-");
        JsonNode.DeepEquals(job["spec"], scheduled["spec"]!["jobTemplate"]!["spec"])
            .ShouldBeTrue($"{JobFile} and base/platform/matching-rounds.yaml run the same job");
    }
}
