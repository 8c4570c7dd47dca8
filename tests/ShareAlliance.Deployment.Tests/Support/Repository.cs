using System.Text.RegularExpressions;

namespace ShareAlliance.Deployment.Tests.Support;

/// <summary>
/// A deployable of the repository: a service (services/&lt;Folder&gt;/Dockerfile, named after its folder in lower case) or the
/// web front end (web/ShareAlliance.Web/Dockerfile, named "web"). The front end owns no data: it has no database and no
/// broker, it calls the services' HTTP APIs.
/// </summary>
public sealed record ServiceDefinition(string Directory)
{
    public string Name => Path.GetFileName(Directory).Replace("ShareAlliance.", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>The folder's own name: Needs, ShareAlliance.Web.</summary>
    public string Folder => Path.GetFileName(Directory);

    public string Dockerfile => $"{Directory}/Dockerfile";

    /// <summary>The one project of the folder, as the Dockerfile restores and publishes it (repository-relative, '/').</summary>
    public string Project => $"{Directory}/{Path.GetFileName(System.IO.Directory.GetFiles(Path.Combine(RepositoryPaths.Root, Directory), "*.csproj").Single())}";

    public string Assembly => Path.GetFileNameWithoutExtension(Project) + ".dll";

    public string Image => $"sharealliance/{Name}";

    /// <summary>Whether it keeps data in PostgreSQL and talks on RabbitMQ (every service); the web front end does neither.</summary>
    public bool UsesDataStores => Directory.StartsWith("services/", StringComparison.Ordinal);

    public override string ToString() => Name;
}

/// <summary>What the tests derive from the repository instead of listing it again: the services, ./run.sh's settings.</summary>
public static partial class Repository
{
    /// <summary>
    /// Every service with a Dockerfile, and the web front end: adding one to the repository makes every deployment test
    /// cover it.
    /// </summary>
    public static IReadOnlyList<ServiceDefinition> Services { get; } =
        [.. new[] { "services", "web" }
            .SelectMany(root => System.IO.Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, root)))
            .Where(d => File.Exists(Path.Combine(d, "Dockerfile")))
            .Select(d => new ServiceDefinition(Path.GetRelativePath(RepositoryPaths.Root, d).Replace('\\', '/')))
            .OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// <summary>The services proper: everything but the web front end.</summary>
    public static IReadOnlyList<ServiceDefinition> BackEnd => [.. Services.Where(s => s.UsesDataStores)];

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
