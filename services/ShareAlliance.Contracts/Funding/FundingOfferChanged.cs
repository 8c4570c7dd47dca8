namespace ShareAlliance.Contracts.Funding;

/// <summary>
/// A funding offer changed (opened, closed, exhausted, or its remaining amount moved after a pledge): the whole offer as it now stands.
/// Consumers keep the message with the highest <paramref name="Version"/>.
/// </summary>
/// <param name="OfferId">The offer's id.</param>
/// <param name="Version">The offer's stream version.</param>
/// <param name="FunderId">The funder that publishes it.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status"><c>Open</c>, <c>Closed</c> or <c>Exhausted</c>.</param>
/// <param name="TotalBudget">Euros the offer holds in all.</param>
/// <param name="MaximumPerNeed">Euros it may give to one need at most.</param>
/// <param name="Remaining">Euros not yet pledged (pledged and confirmed pledges both count).</param>
/// <param name="Categories">Eligible need category codes (empty: any).</param>
/// <param name="Causes">Eligible cause codes (empty: any).</param>
/// <param name="Departements">Eligible département codes, régions expanded (empty: anywhere, remote needs included).</param>
/// <param name="Formats">Eligible need formats (empty: any).</param>
/// <param name="Deadline">Last day pledges may be made from it.</param>
/// <param name="ChangedAt">When it changed.</param>
public sealed record FundingOfferChanged(
    Guid OfferId,
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

/// <summary>What money covers of one need changed (a pledge made, confirmed or cancelled). Euros, two decimals.</summary>
/// <param name="NeedId">The need (its id in the needs service).</param>
/// <param name="Version">The version of the need's funding account in the funding service: consumers keep the highest.</param>
/// <param name="Budget">The need's budget in euros.</param>
/// <param name="Pledged">Euros pledged and not yet confirmed.</param>
/// <param name="Confirmed">Euros confirmed.</param>
/// <param name="Remaining">Budget − pledged − confirmed: what funders may still cover.</param>
/// <param name="ChangedAt">When it changed.</param>
public sealed record NeedFundingChanged(Guid NeedId, long Version, decimal Budget, decimal Pledged, decimal Confirmed, decimal Remaining, DateTimeOffset ChangedAt);
