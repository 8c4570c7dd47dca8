using System.Xml.Linq;
using ShareAlliance.Testing;

namespace ShareAlliance.Web.Tests;

public sealed class WebProjectTests
{
    /// <summary>ARCHITECTURE §1: the front end owns no data and reaches the services only through their HTTP APIs.</summary>
    [Fact]
    public void WebFrontEnd_ReferencesNoServiceOnlyTheReferenceData()
    {
        var project = XDocument.Load(Path.Combine(RepositoryPaths.Root, "web", "ShareAlliance.Web", "ShareAlliance.Web.csproj"));

        var references = project.Descendants("ProjectReference").Select(r => Path.GetFileName((string)r.Attribute("Include")!)).ToList();
        var packages = project.Descendants("PackageReference").Select(r => (string)r.Attribute("Include")!).ToList();

        references.ShouldBe(["ShareAlliance.ReferenceData.csproj"]);
        packages.ShouldNotContain(p => p.StartsWith("Marten", StringComparison.Ordinal) || p.StartsWith("Npgsql", StringComparison.Ordinal) || p.StartsWith("MassTransit", StringComparison.Ordinal));
    }
}
