namespace ShareAlliance.ServiceDefaults.Requests;

/// <summary>
/// Stored in the same transaction as the change it guards: the key, a hash of the command, and its result,
/// so a retried request gets the first answer and a redelivered message is skipped.
/// </summary>
public sealed record IdempotencyRecord(string Id, string CommandType, string CommandHash, string ResultJson, DateTimeOffset StoredAt);

/// <summary>The same Idempotency-Key came with a different request: answered as 422.</summary>
public sealed class IdempotencyKeyReusedException(string commandType)
    : Exception($"The Idempotency-Key was first used for a different {commandType}.");
