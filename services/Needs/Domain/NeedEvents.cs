namespace ShareAlliance.Needs.Domain;

// Stored events: past tense, internal to the service. The relay turns them into Contracts.Needs.* messages.

public sealed record NeedDrafted(Guid NeedId, Guid AssociationId, NeedContent Content, Guid DraftedBy, DateTimeOffset DraftedAt);

/// <summary><see cref="WhilePublished"/>: the edit is public news (a contract goes out); a draft's edits stay inside.</summary>
public sealed record NeedEdited(Guid NeedId, Guid AssociationId, NeedContent Content, bool WhilePublished, Guid EditedBy, DateTimeOffset EditedAt);

/// <summary>Carries the content as published, so the relay can tell the other services without reading any state.</summary>
public sealed record NeedPublished(Guid NeedId, Guid AssociationId, NeedContent Content, Guid PublishedBy, DateTimeOffset PublishedAt);

public sealed record NeedStaffed(Guid NeedId, DateTimeOffset StaffedAt);

public sealed record NeedStarted(Guid NeedId, Guid StartedBy, DateTimeOffset StartedAt);

public sealed record NeedCompleted(Guid NeedId, Guid CompletedBy, DateTimeOffset CompletedAt);

public sealed record NeedCancelled(Guid NeedId, string Reason, Guid CancelledBy, DateTimeOffset CancelledAt);

public sealed record NeedExpired(Guid NeedId, DateTimeOffset ExpiredAt);
