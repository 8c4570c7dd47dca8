namespace ShareAlliance.Funding.Domain;

/// <summary>Euros as the API takes them: decimal, never floating point, at most two decimals (cents).</summary>
public static class Money
{
    /// <summary>No offer nor pledge above this: a typo guard, far above any real budget of the alliance.</summary>
    public const decimal Maximum = 100_000_000m;

    public static bool IsAmount(decimal value) => value > 0 && value <= Maximum && decimal.Round(value, 2) == value;

    public static bool IsAmount(decimal? value) => value is { } v && IsAmount(v);

    public const string Rule = "An amount in euros above 0, with at most two decimals (cents).";
}
