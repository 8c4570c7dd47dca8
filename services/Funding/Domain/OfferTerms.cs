namespace ShareAlliance.Funding.Domain;

/// <summary>
/// What an offer gives and to which needs. Empty lists mean "any". <see cref="EligibleDepartements"/> is the union of the
/// départements named and those of the régions named (expanded once, when the offer is written).
/// </summary>
public sealed record OfferTerms(
    string Title,
    string Description,
    decimal TotalBudget,
    decimal MaximumPerNeed,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Departements,
    IReadOnlyList<string> EligibleDepartements,
    IReadOnlyList<string> Formats,
    DateOnly Deadline);
