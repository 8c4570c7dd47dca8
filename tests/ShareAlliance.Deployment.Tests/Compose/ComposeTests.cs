using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Compose;

public sealed class ComposeTests
{
    [Fact]
    public async Task DockerCompose_AcceptsTheComposeFile()
    {
        var compose = await ComposeFile.LoadAsync();

        compose.Config.ExitCode.ShouldBe(0, compose.Config.Describe("docker-compose config"));
        compose.Services.Keys.ShouldContain("postgres");
        compose.Services.Keys.ShouldContain("rabbitmq");
    }

    [Fact]
    public async Task ComposeAndRunScript_UseTheSameEnvironmentVariableNames()
    {
        var compose = await ComposeFile.LoadAsync();
        var composeNames = compose.Services.Where(s => s.Key is not ("postgres" or "rabbitmq"))
            .SelectMany(s => ComposeFile.Environment(s.Value).Keys).ToHashSet();

        var runNames = Repository.RunScriptSettingNames();

        runNames.ShouldContain("ConnectionStrings__Marten");
        runNames.ShouldContain("RabbitMq__Host");
        composeNames.Order(StringComparer.Ordinal).ShouldBe(runNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheWebFrontEnd_FindsTheServicesUnderTheSameNamesInComposeRunScriptAndKubernetes()
    {
        var compose = await ComposeFile.LoadAsync();
        var k8s = await Manifests.Overlay.RenderAsync("prod");
        var expected = Repository.BackEnd.Select(s => $"Services__{s.Folder}").ToList();

        var composeNames = ComposeFile.Environment(compose.Services["web"]).Keys.Where(k => k.StartsWith("Services__", StringComparison.Ordinal));
        var k8sNames = k8s.Find("ConfigMap", "web-settings")!["data"]!.AsObject().Select(d => d.Key).Where(k => k.StartsWith("Services__", StringComparison.Ordinal));

        composeNames.ShouldBe(expected, ignoreOrder: true);
        k8sNames.ShouldBe(expected, ignoreOrder: true);
        Repository.RunScriptSettingNames().Where(k => k.StartsWith("Services__", StringComparison.Ordinal)).ShouldBe(expected, ignoreOrder: true);
        ComposeFile.Environment(compose.Services["web"]).Keys.ShouldNotContain("ConnectionStrings__Marten");
    }

    [Fact]
    public async Task EveryServiceOfTheRepository_IsInComposeAndInRunScript()
    {
        var compose = await ComposeFile.LoadAsync();

        compose.PlatformServices.Keys.ShouldBe(Repository.Services.Select(s => s.Name), ignoreOrder: true);
        // run.sh's services=(...) array lists the services; it starts the web front end after them, on its own line.
        Repository.RunScriptServices().ShouldBe(Repository.BackEnd.Select(s => s.Name), ignoreOrder: true);
        foreach (var frontEnd in Repository.Services.Except(Repository.BackEnd))
        {
            Repository.Read("run.sh").ShouldContain($"exec dotnet {frontEnd.Assembly}");
        }

        foreach (var service in Repository.Services)
        {
            ((string?)compose.Services[service.Name]["build"]!["dockerfile"]).ShouldBe(service.Dockerfile.Replace('\\', '/'));
            ((string?)compose.Services[service.Name]["image"]).ShouldBe(service.Image);
        }
    }

    [Fact]
    public async Task EveryService_HasAHealthCheckAndWaitsForHealthyDependencies()
    {
        var compose = await ComposeFile.LoadAsync();

        foreach (var (name, service) in compose.Services)
        {
            var dependsOn = service["depends_on"]?.AsObject() ?? [];
            if (name != "seed")
            {
                service["healthcheck"]?["test"].ShouldNotBeNull($"{name} has a health check");
            }

            foreach (var (dependency, condition) in dependsOn)
            {
                ((string?)condition!["condition"]).ShouldBe("service_healthy", $"{name} waits until {dependency} is healthy");
                compose.Services[dependency]["healthcheck"].ShouldNotBeNull();
            }
        }

        foreach (var service in Repository.Services)
        {
            var name = service.Name;
            // The services wait for the database and the broker; the web front end, which has neither, for the services.
            compose.Services[name]["depends_on"]!.AsObject().Select(d => d.Key).ShouldBe(
                service.UsesDataStores ? ["postgres", "rabbitmq"] : Repository.BackEnd.Select(s => s.Name), ignoreOrder: true);
            compose.Services[name]["healthcheck"]!["test"]!.ToJsonString().ShouldContain("/health/ready");
            ((bool?)compose.Services[name]["read_only"]).ShouldBe(true, name);
        }
    }

    [Fact]
    public async Task StatefulParts_KeepTheirDataInVolumes_AndTheSeedRunsOnce()
    {
        var compose = await ComposeFile.LoadAsync();

        foreach (var (name, path) in new[] { ("postgres", "/var/lib/postgresql/data"), ("rabbitmq", "/var/lib/rabbitmq") })
        {
            // Short syntax as docker-compose config writes it: "<named volume>:<path>:rw".
            var volumes = compose.Services[name]["volumes"]!.AsArray().Select(v => ((string)v!).Split(':')).ToList();
            volumes.ShouldContain(v => v[1] == path && compose.Document["volumes"]!.AsObject().ContainsKey(v[0]), name);
        }

        var seed = compose.Services["seed"];
        ((string?)seed["restart"]).ShouldBe("no");
        var seedNeeds = seed["depends_on"]!.AsObject().Select(d => d.Key).ToList();
        seedNeeds.ShouldContain("identity");
        seedNeeds.ShouldContain("needs");
        seed["command"]!.ToJsonString().ShouldContain("--seed");
    }
}
