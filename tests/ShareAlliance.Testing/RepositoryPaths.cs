namespace ShareAlliance.Testing;

public static class RepositoryPaths
{
    /// <summary>The folder holding ShareAlliance.sln, found from the test's build output.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the services are run from the same configuration as the tests.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ShareAlliance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("ShareAlliance.sln not found above the test's build output.");
    }
}
