namespace ShareAlliance.Contracts.Volunteers;

/// <summary>An employer registered to run skills-sponsorship programmes; the user who registered it administers it (identity grants the membership).</summary>
/// <param name="EmployerId">The employer's id.</param>
/// <param name="OwnerUserId">The user who registered it (an opaque id, no personal data).</param>
/// <param name="RegisteredAt">When it registered.</param>
public sealed record EmployerRegistered(Guid EmployerId, Guid OwnerUserId, DateTimeOffset RegisteredAt);
