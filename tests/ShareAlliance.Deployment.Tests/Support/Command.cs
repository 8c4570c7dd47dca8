using System.Diagnostics;
using System.Text;

namespace ShareAlliance.Deployment.Tests.Support;

/// <summary>A finished command: its exit code and what it wrote.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public string Describe(string what) => $"{what} exited with {ExitCode}:{Environment.NewLine}{Output}{Environment.NewLine}{Error}";
}

/// <summary>Runs the real tools (kubectl, node, yamllint, docker-compose, dotnet) as child processes.</summary>
public static class Command
{
    public static async Task<CommandResult> RunAsync(
        string file, IEnumerable<string> arguments, string? workingDirectory = null, string? input = null,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{file} is not installed: ./test.sh installs it (build/deployment-tools.sh).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input);
                process.StandardInput.Close();
            }

            using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in time.");
            }

            return new CommandResult(process.ExitCode, await output, await error);
        }
    }

    public static async Task<string> OutputOfAsync(string file, IEnumerable<string> arguments, string? input = null)
    {
        var result = await RunAsync(file, arguments, input: input);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(result.Describe($"{file} {string.Join(' ', arguments)}"));
        }

        return result.Output;
    }

    internal static string Joined(IEnumerable<string> lines) => new StringBuilder().AppendJoin(Environment.NewLine, lines).ToString();
}
