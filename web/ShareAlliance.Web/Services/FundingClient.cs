namespace ShareAlliance.Web.Services;

/// <summary>The funding service's API: funders, their offers and pledges, needs' funding gaps.</summary>
public sealed class FundingClient(HttpClient http)
{
    private const string Service = "funding";

    public Task<Funder> RegisterFunderAsync(FunderRegistration registration, string attempt, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<Funder>(http, Service, ServiceCalls.Post("funders", registration, attempt), cancellationToken);

    public Task<Funder> GetFunderAsync(Guid funderId, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<Funder>(http, Service, ServiceCalls.Get($"funders/{funderId}"), cancellationToken);

    public Task<IReadOnlyList<FundingOffer>> ListOffersAsync(Guid funderId, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<IReadOnlyList<FundingOffer>>(http, Service, ServiceCalls.Get($"funders/{funderId}/offers"), cancellationToken);

    public Task<FundingOffer> GetOfferAsync(Guid offerId, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<FundingOffer>(http, Service, ServiceCalls.Get($"offers/{offerId}"), cancellationToken);

    public Task<FundingOffer> DraftOfferAsync(OfferDraft draft, string attempt, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<FundingOffer>(http, Service, ServiceCalls.Post("offers", draft, attempt), cancellationToken);

    public Task<FundingOffer> OpenOfferAsync(Guid offerId, string attempt, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<FundingOffer>(http, Service, ServiceCalls.Post($"offers/{offerId}/open", null, attempt), cancellationToken);

    public Task<FundingOffer> CloseOfferAsync(Guid offerId, string attempt, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<FundingOffer>(http, Service, ServiceCalls.Post($"offers/{offerId}/close", null, attempt), cancellationToken);

    public Task<Pledge> PledgeAsync(Guid offerId, Guid needId, decimal? amount, string attempt, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<Pledge>(http, Service, ServiceCalls.Post($"offers/{offerId}/pledges", new { needId, amount }, attempt), cancellationToken);

    public Task<IReadOnlyList<Pledge>> ListPledgesAsync(Guid funderId, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<IReadOnlyList<Pledge>>(http, Service, ServiceCalls.Get($"funders/{funderId}/pledges"), cancellationToken);

    public Task<NeedFunding> GetNeedFundingAsync(Guid needId, CancellationToken cancellationToken = default) =>
        ServiceCalls.SendAsync<NeedFunding>(http, Service, ServiceCalls.Get($"needs/{needId}/funding"), cancellationToken);
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

/// <summary>A need's funding gap in euros: what it asks, what is pledged and confirmed, what remains.</summary>
public sealed record NeedFunding(Guid NeedId, decimal Budget, decimal Pledged, decimal Confirmed, decimal Remaining);
