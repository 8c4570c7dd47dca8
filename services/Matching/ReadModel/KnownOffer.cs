namespace ShareAlliance.Matching.ReadModel;

/// <summary>
/// Matching's copy of a funding offer, fed by FundingOfferChanged (the whole offer at its version): the newest version wins.
/// </summary>
public sealed record KnownOffer(
    Guid Id,
    long Version,
    Guid FunderId,
    string Title,
    string Status,
    decimal TotalBudget,
    decimal MaximumPerNeed,
    decimal Remaining,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Departements,
    IReadOnlyList<string> Formats,
    DateOnly Deadline,
    DateTimeOffset ChangedAt);
