namespace ShareAlliance.Contracts.Needs;

/// <summary>An association registered; the user who registered it owns it (identity grants the membership).</summary>
/// <param name="AssociationId">The association's id.</param>
/// <param name="OwnerUserId">The user who registered it (an opaque id, no personal data).</param>
/// <param name="Departement">Its département code.</param>
/// <param name="Causes">Its cause areas.</param>
/// <param name="RegisteredAt">When it registered.</param>
public sealed record AssociationRegistered(Guid AssociationId, Guid OwnerUserId, string Departement, IReadOnlyList<string> Causes, DateTimeOffset RegisteredAt);

/// <summary>A coordinator verified, rejected or suspended an association.</summary>
/// <param name="AssociationId">The association's id.</param>
/// <param name="Version">Its stream version after the change.</param>
/// <param name="Status"><c>Verified</c>, <c>Rejected</c> or <c>Suspended</c>.</param>
/// <param name="ChangedAt">When it changed.</param>
public sealed record AssociationStatusChanged(Guid AssociationId, long Version, string Status, DateTimeOffset ChangedAt);
