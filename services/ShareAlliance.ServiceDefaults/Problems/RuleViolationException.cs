namespace ShareAlliance.ServiceDefaults.Problems;

/// <summary>A business rule refused the change (illegal transition, over-pledge, capacity exceeded): answered as 409 with <see cref="Code"/> in the problem type.</summary>
public sealed class RuleViolationException(string code, string detail) : Exception(detail)
{
    /// <summary>Machine-readable kebab-case code, for example <c>need-already-closed</c>.</summary>
    public string Code { get; } = code;
}
