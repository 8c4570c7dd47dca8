using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Manifests;

public sealed class YamlLintTests
{
    [Fact]
    public async Task Yamllint_PassesOnEveryYamlFileOfTheRepository()
    {
        // Strict: warnings fail too. The rules are .yamllint.yaml's (line length 180, no document start marker needed).
        var result = await Command.RunAsync("yamllint", ["--strict", "--format", "parsable", "."]);

        result.ExitCode.ShouldBe(0, result.Describe("yamllint --strict ."));
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "k8s"), "*.yaml", SearchOption.AllDirectories).Length.ShouldBeGreaterThan(15);
    }

    [Fact]
    public async Task Yamllint_RejectsBrokenYaml()
    {
        var result = await Command.RunAsync("yamllint", ["--strict", "--config-file", Path.Combine(RepositoryPaths.Root, ".yamllint.yaml"), "-"], input: "a: 1\na: 2\n  b: [\n");

        result.ExitCode.ShouldNotBe(0);
    }
}
