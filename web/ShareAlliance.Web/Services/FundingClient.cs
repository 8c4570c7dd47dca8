namespace ShareAlliance.Web.Services;

/// <summary>The funding service's API (funders, offers, pledges), called with the signed-in person's token.</summary>
public sealed class FundingClient(HttpClient http) : ApiClient(http, "funding")
{
    /// <summary>The need's gap meter (public), or null when funding does not know the need (yet).</summary>
    public Task<NeedFunding?> GetNeedFundingAsync(Guid needId, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<NeedFunding>($"needs/{needId}/funding", cancellationToken);

    /// <summary>The alliance's money figures (public): totals, by category, by région, per day.</summary>
    public Task<FundingFigures> GetFiguresAsync(CancellationToken cancellationToken = default) =>
        GetAsync<FundingFigures>("funding/figures", cancellationToken);
}
