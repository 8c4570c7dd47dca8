namespace ShareAlliance.Web.Services;

/// <summary>The matching service's API (proposals, matches, rounds, fundable needs), called with the signed-in person's token.</summary>
public sealed class MatchingClient(HttpClient http) : ApiClient(http, "matching")
{
    /// <summary>
    /// The needs an offer may fund, best fit first (GET /offers/{id}/fundable-needs: the offer's funder); null while matching
    /// has not heard of the offer yet (it learns of it from the bus a moment after it opens).
    /// </summary>
    public Task<IReadOnlyList<FundableNeed>?> FundableNeedsAsync(Guid offerId, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<IReadOnlyList<FundableNeed>>($"offers/{offerId}/fundable-needs", cancellationToken);
}

/// <summary>A need an offer may fund: its gap, what the offer may give it, and the fit (0–100).</summary>
public sealed record FundableNeed(Guid NeedId, Guid AssociationId, string Title, string Category, DateOnly Deadline, decimal Gap, decimal Fundable, float Score);
