using ShareAlliance.Matching.Engine;

namespace ShareAlliance.Matching.Domain;

/// <summary>The figures of one plan (exact or greedy) of a round.</summary>
public sealed record PlanMetrics(double Coverage, long HoursAssigned, int NeedsFullyStaffed, double Value)
{
    public static PlanMetrics Of(RoundPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Coverage, plan.HoursAssigned, plan.NeedsFullyStaffed, plan.Value);
    }
}

/// <summary>A coordinated round, as run: the exact plan, its figures beside greedy's, and the proposals it made (none when a dry run).</summary>
public sealed record RoundCompleted(
    Guid RoundId,
    bool DryRun,
    int Needs,
    int Volunteers,
    int CandidateArcs,
    IReadOnlyList<RoundAssignment> Assignments,
    IReadOnlyList<RoundNeedOutcome> Outcomes,
    PlanMetrics Exact,
    PlanMetrics Greedy,
    IReadOnlyList<Guid> Proposals,
    DateTimeOffset CompletedAt);

/// <summary>A round's record (one event: a round is run once and never changes afterwards).</summary>
public sealed record Round(
    Guid Id,
    bool DryRun,
    int Needs,
    int Volunteers,
    int CandidateArcs,
    IReadOnlyList<RoundAssignment> Assignments,
    IReadOnlyList<RoundNeedOutcome> Outcomes,
    PlanMetrics Exact,
    PlanMetrics Greedy,
    IReadOnlyList<Guid> Proposals,
    DateTimeOffset CompletedAt)
{
    public long Version { get; set; }

    /// <summary>What the exact plan gains over greedy, in value.</summary>
    public double Gain => Exact.Value - Greedy.Value;

    /// <summary>Greedy's value as a share of the exact plan's (1 when both are 0).</summary>
    public double GreedyShare => Exact.Value == 0 ? 1 : Greedy.Value / Exact.Value;

    public static Round Create(RoundCompleted e) => new(
        e.RoundId, e.DryRun, e.Needs, e.Volunteers, e.CandidateArcs, e.Assignments, e.Outcomes, e.Exact, e.Greedy, e.Proposals, e.CompletedAt);
}
