namespace ShareAlliance.ServiceDefaults.Requests;

/// <summary>
/// What the current scope (one HTTP request or one consumed message) knows about the write it is doing.
/// The idempotency key is the client's <c>Idempotency-Key</c> for a request and the queue + MessageId for a message:
/// both go through the same commit, so "a retry has no second effect" holds in one place.
/// </summary>
public sealed class OperationContext
{
    /// <summary>The key under which this scope's command result is stored, or null when the caller gave none.</summary>
    public string? IdempotencyKey { get; set; }
}
