using System.Xml.Linq;
using ShareAlliance.Testing;

namespace ShareAlliance.Architecture.Tests;

/// <summary>Services talk only through Contracts on the bus: a project reference to another service would be a shortcut.</summary>
public sealed class ProjectReferenceTests
{
    private static readonly string[] SharedLibraries = ["ShareAlliance.ServiceDefaults", "ShareAlliance.Contracts", "ShareAlliance.ReferenceData"];

    public static TheoryData<string> ServiceProjects()
    {
        var projects = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "services"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !SharedLibraries.Contains(Path.GetFileNameWithoutExtension(p)))
            .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p));
        return [.. projects];
    }

    [Fact]
    public void ServicesFolder_HoldsTheServicesWeKnow() =>
        ServiceProjects().Select(p => Path.GetFileNameWithoutExtension((string)p.Data)).ShouldBe(
            ["ShareAlliance.Identity", "ShareAlliance.Matching", "ShareAlliance.Needs", "ShareAlliance.Funding", "ShareAlliance.Volunteers"], ignoreOrder: true);

    [Theory]
    [MemberData(nameof(ServiceProjects))]
    public void Service_ReferencesNoOtherService(string project)
    {
        var references = ProjectReferences(project).Select(Path.GetFileNameWithoutExtension);

        references.ShouldAllBe(r => SharedLibraries.Contains(r), $"{project} may reference only {string.Join(", ", SharedLibraries)}");
    }

    [Fact]
    public void Contracts_ReferenceNothing()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "services", "ShareAlliance.Contracts", "ShareAlliance.Contracts.csproj"));

        project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "FrameworkReference").ShouldBeEmpty();
    }

    [Fact]
    public void Contracts_AreSealedRecordsInAContractsNamespace()
    {
        var types = typeof(Contracts.Needs.NeedPublished).Assembly.GetExportedTypes();

        types.ShouldNotBeEmpty();
        foreach (var type in types)
        {
            type.Namespace.ShouldNotBeNull().ShouldStartWith("ShareAlliance.Contracts.", customMessage: $"{type.Name}: MassTransit matches on the full type name");
            type.IsSealed.ShouldBeTrue($"{type.Name} is sealed");
            type.GetMethod("<Clone>$").ShouldNotBeNull($"{type.Name} is a record");
        }
    }

    private static IEnumerable<string> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, project)).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => e.Attribute("Include")!.Value);
}
