using System.Net;
using ShareAlliance.DemoData.Plan;

namespace ShareAlliance.DemoData.Platform;

public sealed record FunderState(Guid Id, DateTimeOffset RegisteredAt);

/// <summary>What the generator reads back of an offer: <c>Reserved</c> above zero means pledges were made from it already.</summary>
public sealed record OfferState(Guid Id, string Status, decimal Reserved, DateTimeOffset DraftedAt);

public sealed record EligibleNeedState(Guid NeedId, decimal Remaining, decimal MaximumFromOffer);

public sealed record PledgeState(Guid Id, string Status, decimal Amount, DateTimeOffset PledgedAt);

/// <summary>The funding service's endpoints the generator uses, each POST with an Idempotency-Key (a re-run gets the first answer).</summary>
public sealed class FundingApi(HttpClient http)
{
    public async Task<FunderState> RegisterFunderAsync(string accessToken, FunderPlan f, string key, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, "/funders", accessToken, new { f.Name, f.Type, f.Siren }, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<FunderState>(response, HttpStatusCode.Created, $"registering funder {f.Number} ({f.Name})", cancellationToken);
    }

    /// <summary>Null when the key was first used with other content (422): a run on another day drafted it with another deadline.</summary>
    public async Task<OfferState?> DraftOfferAsync(string accessToken, Guid funderId, OfferPlan o, string key, CancellationToken cancellationToken)
    {
        var body = new { funderId, o.Title, o.Description, o.TotalBudget, o.MaximumPerNeed, o.Categories, o.Causes, o.Regions, o.Departements, o.Formats, o.Deadline };
        using var request = Api.Request(HttpMethod.Post, "/offers", accessToken, body, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return response.StatusCode == HttpStatusCode.UnprocessableEntity
            ? null
            : await Api.ReadAsync<OfferState>(response, HttpStatusCode.Created, $"drafting offer '{o.Title}'", cancellationToken);
    }

    public async Task<OfferState> OpenOfferAsync(string accessToken, Guid offerId, string key, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, $"/offers/{offerId}/open", accessToken, idempotencyKey: key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<OfferState>(response, HttpStatusCode.OK, $"opening offer {offerId}", cancellationToken);
    }

    public async Task<OfferState> GetOfferAsync(string accessToken, Guid offerId, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Get, $"/offers/{offerId}", accessToken);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<OfferState>(response, HttpStatusCode.OK, $"reading offer {offerId}", cancellationToken);
    }

    public async Task<IReadOnlyList<EligibleNeedState>> EligibleNeedsAsync(string accessToken, Guid offerId, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Get, $"/offers/{offerId}/eligible-needs?limit=200", accessToken);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<List<EligibleNeedState>>(response, HttpStatusCode.OK, $"browsing the needs offer {offerId} may fund", cancellationToken);
    }

    /// <summary>Null when refused (409: the money ran out meanwhile) or when the key was used with other content (422: an earlier run).</summary>
    public async Task<PledgeState?> PledgeAsync(string accessToken, Guid offerId, Guid needId, decimal amount, string key, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, $"/offers/{offerId}/pledges", accessToken, new { needId, amount }, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity
            ? null
            : await Api.ReadAsync<PledgeState>(response, HttpStatusCode.Created, $"pledging {amount} € from offer {offerId} to need {needId}", cancellationToken);
    }

    public async Task<PledgeState> ConfirmPledgeAsync(string accessToken, Guid pledgeId, string key, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, $"/pledges/{pledgeId}/confirm", accessToken, idempotencyKey: key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<PledgeState>(response, HttpStatusCode.OK, $"confirming pledge {pledgeId}", cancellationToken);
    }
}
