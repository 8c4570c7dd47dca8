namespace ShareAlliance.Needs.Domain;

public sealed record AssociationRegistered(Guid AssociationId, Guid OwnerUserId, AssociationProfile Profile, DateTimeOffset RegisteredAt);

public sealed record AssociationVerified(Guid AssociationId, Guid VerifiedBy, DateTimeOffset VerifiedAt);

public sealed record AssociationRejected(Guid AssociationId, string Reason, Guid RejectedBy, DateTimeOffset RejectedAt);

public sealed record AssociationSuspended(Guid AssociationId, string Reason, Guid SuspendedBy, DateTimeOffset SuspendedAt);
