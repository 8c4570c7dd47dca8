namespace ShareAlliance.Matching.Engine;

/// <summary>
/// The score's weights (relative: the score is 100 × Σ weight × term ÷ Σ weight, each term between 0 and 1) and the
/// hard limits; the service binds it from configuration section <c>Matching:Weights</c>.
/// </summary>
public sealed record MatchingWeights
{
    public float Skills { get; init; } = 50;

    public float Hours { get; init; } = 10;

    public float Place { get; init; } = 10;

    public float Language { get; init; } = 8;

    public float Cause { get; init; } = 5;

    public float Category { get; init; } = 5;

    public float Deadline { get; init; } = 5;

    public float Fairness { get; init; } = 7;

    /// <summary>Credit for a required skill held one level below the minimum (a full match counts 1).</summary>
    public float PartialCredit { get; init; } = 0.5f;

    /// <summary>Cause or category term when the volunteer stated no preference (a stated, matching one counts 1).</summary>
    public float NoPreference { get; init; } = 0.5f;

    /// <summary>DOMAIN.md fairness: proposals awaiting an answer, at most.</summary>
    public int MaxPendingProposals { get; init; } = 3;

    /// <summary>DOMAIN.md fairness: new proposals a volunteer receives in 7 days, at most.</summary>
    public int WeeklyProposalCap { get; init; } = 2;

    public static MatchingWeights Default { get; } = new();

    public float Total => Skills + Hours + Place + Language + Cause + Category + Deadline + Fairness;
}
