using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace ShareAlliance.ServiceDefaults;

/// <summary>
/// Crash switches for the end-to-end tests that prove nothing is lost when a process dies at the worst moment.
/// Off unless <c>Failpoints__KillAfterCommit</c> names the command type; never set in a deployment.
/// </summary>
public sealed class Failpoints(IConfiguration configuration)
{
    /// <summary>Kills the process (SIGKILL: no cleanup, no flush) if the failpoint for this command is switched on.</summary>
    public void AfterCommit(string commandType)
    {
        if (string.Equals(configuration["Failpoints:KillAfterCommit"], commandType, StringComparison.Ordinal))
        {
            Process.GetCurrentProcess().Kill();
        }
    }
}
