namespace ShareAlliance.Web.Services;

/// <summary>The funding service's API (funders, offers, pledges, needs' funding gaps, the alliance's money figures), called with the signed-in person's token.</summary>
public sealed class FundingClient(HttpClient http) : ApiClient(http, "funding")
{
    /// <summary>The need's gap meter (public), or null when funding does not know the need (yet).</summary>
    public Task<NeedFunding?> GetNeedFundingAsync(Guid needId, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<NeedFunding>($"needs/{needId}/funding", cancellationToken);

    /// <summary>The alliance's money figures (public): totals, by category, by région, per day.</summary>
    public Task<FundingFigures> GetFiguresAsync(CancellationToken cancellationToken = default) =>
        GetAsync<FundingFigures>("funding/figures", cancellationToken);

    public Task<ApiResult<Funder>> RegisterFunderAsync(FunderRegistration registration, string attempt, CancellationToken cancellationToken = default) =>
        SendAsync<Funder>(HttpMethod.Post, "funders", registration, cancellationToken, attempt);

    public Task<Funder> GetFunderAsync(Guid funderId, CancellationToken cancellationToken = default) =>
        GetAsync<Funder>($"funders/{funderId}", cancellationToken);

    public Task<IReadOnlyList<FundingOffer>> ListOffersAsync(Guid funderId, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<FundingOffer>>($"funders/{funderId}/offers", cancellationToken);

    /// <summary>The offer, or null when it does not exist or is another funder's draft.</summary>
    public Task<FundingOffer?> GetOfferAsync(Guid offerId, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<FundingOffer>($"offers/{offerId}", cancellationToken);

    public Task<ApiResult<FundingOffer>> DraftOfferAsync(OfferDraft draft, string attempt, CancellationToken cancellationToken = default) =>
        SendAsync<FundingOffer>(HttpMethod.Post, "offers", draft, cancellationToken, attempt);

    public Task<ApiResult<FundingOffer>> OpenOfferAsync(Guid offerId, string attempt, CancellationToken cancellationToken = default) =>
        SendAsync<FundingOffer>(HttpMethod.Post, $"offers/{offerId}/open", null, cancellationToken, attempt);

    public Task<ApiResult<FundingOffer>> CloseOfferAsync(Guid offerId, string attempt, CancellationToken cancellationToken = default) =>
        SendAsync<FundingOffer>(HttpMethod.Post, $"offers/{offerId}/close", null, cancellationToken, attempt);

    public Task<ApiResult<Pledge>> PledgeAsync(Guid offerId, Guid needId, decimal? amount, string attempt, CancellationToken cancellationToken = default) =>
        SendAsync<Pledge>(HttpMethod.Post, $"offers/{offerId}/pledges", new { needId, amount }, cancellationToken, attempt);

    public Task<IReadOnlyList<Pledge>> ListPledgesAsync(Guid funderId, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<Pledge>>($"funders/{funderId}/pledges", cancellationToken);
}

public sealed record FunderRegistration(string? Name, string? Type, string? Siren);

public sealed record Funder(Guid Id, string Name, string Type, string? Siren, DateTimeOffset RegisteredAt);

public sealed record OfferDraft(
    Guid FunderId,
    string? Title,
    string? Description,
    decimal? TotalBudget,
    decimal? MaximumPerNeed,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Departements,
    IReadOnlyList<string> Formats,
    DateOnly? Deadline);

public sealed record OfferTerms(
    string Title,
    string Description,
    decimal TotalBudget,
    decimal MaximumPerNeed,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Departements,
    IReadOnlyList<string> Formats,
    DateOnly Deadline);

public sealed record FundingOffer(Guid Id, Guid FunderId, OfferTerms Terms, string Status, decimal Reserved, decimal Remaining, DateTimeOffset DraftedAt);

public sealed record Pledge(Guid Id, Guid OfferId, Guid FunderId, Guid NeedId, decimal Amount, string Status, DateTimeOffset PledgedAt);

