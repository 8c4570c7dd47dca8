using System.Text.Json;
using ShareAlliance.Deployment.Tests.Support;

namespace ShareAlliance.Deployment.Tests.Images;

/// <summary>Each service's Dockerfile, and the web front end's: multi-stage, the repository's NuGet sources, a small non-root runtime, a health check.</summary>
public sealed class DockerfileTests
{
    [Theory]
    [MemberData(nameof(Repository.ServiceNames), MemberType = typeof(Repository))]
    public void Dockerfile_RestoresWithTheRepositorysSourcesAndPublishesIntoTheAspNetRuntime(string name)
    {
        var service = Repository.Service(name);
        var dockerfile = Dockerfile.Load(Path.Combine(RepositoryPaths.Root, service.Dockerfile));

        dockerfile.Stages.Count.ShouldBe(2);
        var copies = dockerfile.Build.Where(i => i.Keyword == "COPY").Select(i => i.Arguments).ToList();
        copies.ShouldContain(c => c.Contains("nuget.config", StringComparison.Ordinal));
        copies.ShouldContain("build/packages/ build/packages/");
        var runs = dockerfile.Build.Where(i => i.Keyword == "RUN").Select(i => i.Arguments).ToList();
        runs.ShouldContain($"dotnet restore {service.Project}");
        runs.ShouldContain(r => r.StartsWith($"dotnet publish {service.Project} -c Release --no-restore -o /app", StringComparison.Ordinal));
        dockerfile.Arguments[dockerfile.Final[0].Arguments.Trim('$', '{', '}')].ShouldBe("mcr.microsoft.com/dotnet/aspnet:10.0");
    }

    [Theory]
    [MemberData(nameof(Repository.ServiceNames), MemberType = typeof(Repository))]
    public void RuntimeImage_RunsAsNonRootWithAHealthCheckAndNoSecrets(string name)
    {
        var service = Repository.Service(name);
        var final = Dockerfile.Load(Path.Combine(RepositoryPaths.Root, service.Dockerfile)).Final;

        final.Single(i => i.Keyword == "USER").Arguments.ShouldBe("$APP_UID");
        final.Single(i => i.Keyword == "HEALTHCHECK").Arguments.ShouldContain("/health/ready");
        JsonSerializer.Deserialize<string[]>(final.Single(i => i.Keyword == "ENTRYPOINT").Arguments)
            .ShouldBe(["dotnet", service.Assembly]);
        var environment = string.Join(' ', final.Where(i => i.Keyword is "ENV" or "ARG").Select(i => i.Arguments));
        foreach (var secretish in new[] { "Password", "Secret", "ConnectionStrings" })
        {
            environment.ShouldNotContain(secretish, Case.Insensitive);
        }

        environment.ShouldContain("HOME=/tmp");
    }
}
