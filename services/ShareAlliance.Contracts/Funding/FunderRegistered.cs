namespace ShareAlliance.Contracts.Funding;

/// <summary>A funder registered; the user who registered it acts for it (identity grants the membership).</summary>
/// <param name="FunderId">The funder's id.</param>
/// <param name="OwnerUserId">The user who registered it (an opaque id, no personal data).</param>
/// <param name="RegisteredAt">When it registered.</param>
public sealed record FunderRegistered(Guid FunderId, Guid OwnerUserId, DateTimeOffset RegisteredAt);
