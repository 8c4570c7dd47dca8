namespace ShareAlliance.ServiceDefaults.Problems;

/// <summary>The problem <c>type</c> URIs every service answers with, so clients can branch on them.</summary>
public static class ProblemTypes
{
    /// <summary>Base of every problem type URI.</summary>
    public const string Base = "https://sharealliance.org/problems/";

    /// <summary>A field is missing or malformed (400).</summary>
    public const string Validation = Base + "validation";

    /// <summary>The If-Match version is not the current one (412).</summary>
    public const string StaleVersion = Base + "stale-version";

    /// <summary>Another write to the same resource won the race (409).</summary>
    public const string ConcurrentWrite = Base + "concurrent-write";

    /// <summary>An Idempotency-Key was reused for a different request (422).</summary>
    public const string IdempotencyKeyReused = Base + "idempotency-key-reused";

    /// <summary>You are known but may not do this (403).</summary>
    public const string Forbidden = Base + "forbidden";

    /// <summary>The resource does not exist, or is not yours to see (404).</summary>
    public const string NotFound = Base + "not-found";

    /// <summary>The type URI of a business rule refusal (409).</summary>
    public static string Rule(string code) => Base + code;
}
