namespace ShareAlliance.Identity.Setup;

public static class LocalRun
{
    /// <summary>Development, the tests, or Identity:AllowInsecureLocalRun: where plain HTTP and throw-away keys are acceptable.</summary>
    public static bool Applies(IHostEnvironment environment, IdentitySettings settings) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing") || settings.AllowInsecureLocalRun;
}
