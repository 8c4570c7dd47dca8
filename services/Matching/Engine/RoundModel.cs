namespace ShareAlliance.Matching.Engine;

/// <summary>How a coordinated round builds its candidate graph.</summary>
public sealed record RoundOptions
{
    /// <summary>Candidates kept per required skill of a need (the sparse graph's N).</summary>
    public int CandidatesPerSkill { get; init; } = 8;

    /// <summary>Hours one volunteer may be given in one round, at most (their hours left a month bound it too).</summary>
    public int MaxHoursPerVolunteer { get; init; } = 200;

    /// <summary>Among plans of equal value, prefer teams from several employers (a tie-break in the costs; it slows the solve).</summary>
    public bool SpreadAcrossEmployers { get; init; } = true;

    /// <summary>Points the integer costs give one unit of value (priority × coverage): the solve is exact at this resolution.</summary>
    public int ValueScale { get; init; } = 100_000;
}

/// <summary>A need in a round: its compiled query, its priority (urgency: 1 low … 4 critical) and the hours each required skill needs.</summary>
public sealed record RoundNeed(NeedQuery Need, int Priority, IReadOnlyList<int> HoursPerSkill)
{
    /// <summary>Priority from urgency; the effort split evenly across the required skills (rounded up).</summary>
    public static RoundNeed From(NeedQuery need)
    {
        ArgumentNullException.ThrowIfNull(need);
        var skills = need.SkillNumbers.Length;
        var hours = skills == 0 ? 0 : Math.Max(1, (need.Facts.EffortHours + skills - 1) / skills);
        return new RoundNeed(need, (int)need.Facts.Urgency + 1, [.. Enumerable.Repeat(hours, skills)]);
    }
}

/// <summary>Hours of one volunteer for one required skill of one need.</summary>
public sealed record RoundAssignment(Guid VolunteerId, Guid NeedId, string Skill, int Hours, bool OneLevelBelow);

/// <summary>What a plan gives one need: coverage counts hours by a volunteer one level below at the partial credit.</summary>
public sealed record RoundNeedOutcome(Guid NeedId, int RequiredHours, int AssignedHours, double Coverage, bool FullyStaffed, int TeamSize, int Employers);

public sealed record RoundPlan(IReadOnlyList<RoundAssignment> Assignments, IReadOnlyList<RoundNeedOutcome> Needs, long HoursAssigned, int NeedsFullyStaffed, double Value)
{
    public double Coverage => Needs.Count == 0 ? 0 : Needs.Sum(n => n.Coverage) / Needs.Count;
}

/// <summary>The exact plan (min-cost flow), the greedy baseline on the same graph, and the gain.</summary>
/// <summary>Where a round's time went: scoring candidates into the graph, the exact solve, the greedy pass.</summary>
public sealed record RoundTimings(TimeSpan Candidates, TimeSpan Solve, TimeSpan Greedy);

public sealed record RoundResult(RoundPlan Optimal, RoundPlan Greedy, int Volunteers, int Needs, int CandidateArcs, RoundTimings Timings)
{
    public double Gain => Optimal.Value - Greedy.Value;

    /// <summary>Greedy's value as a share of the optimum (1 when both are 0).</summary>
    public double GreedyShare => Optimal.Value == 0 ? 1 : Greedy.Value / Optimal.Value;
}
