using System.Text.RegularExpressions;

namespace ShareAlliance.Deployment.Tests.Support;

/// <summary>A service as the repository defines it: services/&lt;Folder&gt;/Dockerfile; its name is the folder in lower case.</summary>
public sealed record ServiceDefinition(string Folder)
{
    public string Name => Folder.ToLowerInvariant();

    public string Dockerfile => Path.Combine("services", Folder, "Dockerfile");

    public string Image => $"sharealliance/{Name}";

    public override string ToString() => Name;
}

/// <summary>What the tests derive from the repository instead of listing it again: the services, ./run.sh's settings.</summary>
public static partial class Repository
{
    /// <summary>Every service with a Dockerfile: adding one to the repository makes every deployment test cover it.</summary>
    public static IReadOnlyList<ServiceDefinition> Services { get; } =
        [.. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "services"), "Dockerfile", SearchOption.AllDirectories)
            .Select(f => new ServiceDefinition(Path.GetFileName(Path.GetDirectoryName(f)!)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)];

    public static TheoryData<string> ServiceNames() => [.. Services.Select(s => s.Name)];

    public static ServiceDefinition Service(string name) => Services.Single(s => s.Name == name);

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryPaths.Root, relativePath));

    /// <summary>The names in run.sh's <c>services=(...)</c> array ("name Folder port" lines).</summary>
    public static IReadOnlyList<string> RunScriptServices()
    {
        var block = RunServicesArray().Match(Read("run.sh"));
        block.Success.ShouldBeTrue("run.sh has a services=( ... ) array");
        return [.. QuotedLine().Matches(block.Groups[1].Value).Select(m => m.Groups[1].Value.Split(' ')[0])];
    }

    /// <summary>
    /// The settings ./run.sh gives the services and the seed: what it and build/infra.sh export (Section__Key names), and the
    /// variables set in front of a command (ASPNETCORE_*, SA_COORDINATOR_PASSWORD).
    /// </summary>
    public static IReadOnlySet<string> RunScriptSettingNames()
    {
        var text = Read("run.sh") + "\n" + Read(Path.Combine("build", "infra.sh"));
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match m in SettingAssignment().Matches(text))
        {
            names.Add(m.Groups[1].Value);
        }

        return names;
    }

    [GeneratedRegex(@"^services=\(\s*\n(.*?)^\)", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex RunServicesArray();

    [GeneratedRegex("^\\s*\"([^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex QuotedLine();

    // ConnectionStrings__Marten=..., RabbitMq__Host=... (also several on one export line), ASPNETCORE_URLS=..., SA_COORDINATOR_PASSWORD=...
    [GeneratedRegex(@"(?<![\w$])([A-Z][A-Za-z]*__[A-Za-z_]+|ASPNETCORE_[A-Z_]+|SA_COORDINATOR_PASSWORD)=")]
    private static partial Regex SettingAssignment();
}
