namespace ShareAlliance.Matching.ReadModel;

/// <summary>
/// Matching's copy of a need's funding gap (euros), fed by NeedFundingChanged. <see cref="Version"/> is the need's funding
/// account version in the funding service: only a newer one replaces it, so a late or repeated message never goes back.
/// </summary>
public sealed record KnownNeedFunding(Guid Id, long Version, decimal Budget, decimal Pledged, decimal Confirmed, decimal Remaining, DateTimeOffset ChangedAt);
