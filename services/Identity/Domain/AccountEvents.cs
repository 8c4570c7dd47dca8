namespace ShareAlliance.Identity.Domain;

// Stored in Identity's event store, in the same transaction as the change, and relayed as a contract: the outbox.
// Ids and times only: the personal details stay in the tables the deletion empties.

public sealed record AccountDeleted(Guid UserId, DateTimeOffset DeletedAt);
