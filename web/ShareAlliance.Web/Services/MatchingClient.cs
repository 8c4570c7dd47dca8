namespace ShareAlliance.Web.Services;

/// <summary>The matching service's API (proposals, matches, rounds), called with the signed-in person's token.</summary>
public sealed class MatchingClient(HttpClient http) : ApiClient(http, "matching")
{
    /// <summary>The volunteer hours confirmed matches commit (public): totals, by category, per day.</summary>
    public Task<MatchFigures> GetFiguresAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MatchFigures>("matches/figures", cancellationToken);
}
