using System.Text.RegularExpressions;

namespace ShareAlliance.Deployment.Tests.Images;

/// <summary>One instruction of a Dockerfile (continuation lines joined, comments dropped).</summary>
public sealed record Instruction(string Keyword, string Arguments);

/// <summary>A Dockerfile read into its stages, enough to replay the build stage's COPY and RUN steps.</summary>
public sealed partial class Dockerfile
{
    private Dockerfile(IReadOnlyList<Instruction> preamble, IReadOnlyList<IReadOnlyList<Instruction>> stages)
    {
        Stages = stages;
        Arguments = preamble.Where(i => i.Keyword == "ARG" && i.Arguments.Contains('=', StringComparison.Ordinal))
            .Select(i => i.Arguments.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
    }

    /// <summary>The ARGs declared before the first FROM, with their defaults (the base images).</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    /// <summary>Each stage's instructions, FROM first.</summary>
    public IReadOnlyList<IReadOnlyList<Instruction>> Stages { get; }

    public IReadOnlyList<Instruction> Build => Stages.Single(s => s[0].Arguments.EndsWith(" AS build", StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<Instruction> Final => Stages[^1];

    public static Dockerfile Load(string path)
    {
        var logical = Continuation().Replace(File.ReadAllText(path), " ");
        var instructions = logical.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .Select(p => new Instruction(p[0].ToUpperInvariant(), p.Length > 1 ? p[1].Trim() : ""))
            .ToList();
        var preamble = instructions.TakeWhile(i => i.Keyword != "FROM").ToList();
        var stages = new List<List<Instruction>>();
        foreach (var instruction in instructions)
        {
            if (instruction.Keyword == "FROM")
            {
                stages.Add([]);
            }

            if (stages.Count > 0)
            {
                stages[^1].Add(instruction);
            }
        }

        return new Dockerfile(preamble, [.. stages]);
    }

    // A backslash at the end of a line continues the instruction (comment lines inside are dropped by Docker too).
    [GeneratedRegex(@"\\\r?\n(\s*#[^\n]*\n)*")]
    private static partial Regex Continuation();
}
