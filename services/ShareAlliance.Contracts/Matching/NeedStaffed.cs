namespace ShareAlliance.Contracts.Matching;

/// <summary>
/// The confirmed matches of a need now cover every skill it requires: the needs service moves the need to <c>Staffed</c>.
/// Published once per need by the matching service.
/// </summary>
/// <param name="NeedId">The need.</param>
/// <param name="ConfirmedProposals">The confirmed proposals that staff it.</param>
/// <param name="StaffedAt">When the last required skill was covered.</param>
public sealed record NeedStaffed(Guid NeedId, IReadOnlyList<Guid> ConfirmedProposals, DateTimeOffset StaffedAt);
