using System.Net;
using System.Text.Json;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.Features.GetNeedFunding;
using ShareAlliance.Testing;

namespace ShareAlliance.Funding.Tests.Features.MakePledge;

/// <summary>Many funders pledging at once, over HTTP: no euro is counted twice, and the totals stored are the pledges accepted.</summary>
public sealed class ConcurrentPledgeTests(FundingFactory factory) : IClassFixture<FundingFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task FiftyConcurrentPledges_FromOneOfferToOneNeed_StopExactlyAtTheOfferBudget()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder, o => { o["totalBudget"] = 700m; o["maximumPerNeed"] = 700m; });
        var need = await alliance.PublishedNeedAsync(terms: Alliance.Terms(budget: 1_000m));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Pledge(funder, offer.Id, need, 30m)));

        var accepted = outcomes.Where(o => o.Status == HttpStatusCode.Created).ToList();
        accepted.Count.ShouldBe(23, "23 × 30 € = 690 € fit in 700 €; a 24th would not");
        Refusals(outcomes).ShouldBe(["409 over-offer-budget"]);
        await TotalsShouldMatchAcceptedPledges(need, [(offer.Id, 700m)], accepted.Sum(a => a.Amount));
        (await Offer(funder, offer.Id)).Status.ShouldBe(OfferStatus.Open, "10 € are left");
    }

    [Fact]
    public async Task FiftyConcurrentPledgesFromFiveFunders_NeverExceedTheNeedNorAnyOffer()
    {
        var need = await alliance.PublishedNeedAsync(terms: Alliance.Terms(budget: 1_000m));
        var funders = new List<(Alliance.FunderMember Funder, Guid Offer)>();
        for (var f = 0; f < 5; f++)
        {
            var funder = await alliance.FunderAsync($"Fondation {f}");
            var offer = await Alliance.OpenOfferAsync(funder, o => { o["totalBudget"] = 300m; o["maximumPerNeed"] = 300m; });
            funders.Add((funder, offer.Id));
        }

        // 20 € to 50 € each, 1,725 € asked in all: both the need's 1,000 € and each offer's 300 € run out.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Pledge(funders[i % 5].Funder, funders[i % 5].Offer, need, 20m + (i % 7 * 5m))));

        var accepted = outcomes.Where(o => o.Status == HttpStatusCode.Created).ToList();
        accepted.Sum(a => a.Amount).ShouldBeLessThanOrEqualTo(1_000m);
        accepted.Sum(a => a.Amount).ShouldBeGreaterThan(1_000m - 50m, "refusals only when money ran out: nothing refused for a lost race");
        accepted.GroupBy(a => a.Offer).ShouldAllBe(g => g.Sum(a => a.Amount) <= 300m);
        // An offer spent to the cent becomes Exhausted: the pledges after that meet an offer no longer open — money ran out too.
        Refusals(outcomes).ShouldBeSubsetOf(["409 over-need-budget", "409 over-offer-budget", "409 offer-not-open"]);
        await TotalsShouldMatchAcceptedPledges(need, [.. funders.Select(f => (f.Offer, 300m))], accepted.Sum(a => a.Amount));
    }

    private static List<string> Refusals(IEnumerable<Outcome> outcomes) =>
        [.. outcomes.Where(o => o.Status != HttpStatusCode.Created).Select(o => $"{(int)o.Status} {o.Type}").Distinct()];

    private sealed record Outcome(HttpStatusCode Status, string? Type, Guid Offer, decimal Amount);

    private static async Task<Outcome> Pledge(Alliance.FunderMember funder, Guid offer, Guid need, decimal amount)
    {
        var response = await Alliance.PledgeAsync(funder, offer, need, amount);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var type = response.IsSuccessStatusCode ? null : JsonDocument.Parse(body).RootElement.GetProperty("type").GetString()!.Split('/')[^1];
        return new(response.StatusCode, type, offer, amount);
    }

    /// <summary>What the service says (its accounts) and what is stored (pledge documents, raw events) must agree, independently.</summary>
    private async Task TotalsShouldMatchAcceptedPledges(Guid need, IReadOnlyList<(Guid Offer, decimal Budget)> offers, decimal accepted)
    {
        var funding = await Alliance.Read<NeedFundingDetails>(await alliance.Coordinator().GetAsync($"/needs/{need}/funding", TestContext.Current.CancellationToken));
        funding.Pledged.ShouldBe(accepted);
        funding.Remaining.ShouldBe(1_000m - accepted);

        var ct = TestContext.Current.CancellationToken;
        var schema = factory.Schema;
        (await Sum($"select coalesce(sum((data->>'Amount')::numeric), 0) from {schema}.mt_doc_pledge where data->>'NeedId' = '{need}' and data->>'Status' <> 'Cancelled'", ct))
            .ShouldBe(accepted, "the pledge documents stored");
        (await Sum($"select coalesce(sum((data->>'Amount')::numeric), 0) from {schema}.mt_events where stream_id = '{need}' and type = 'need_pledge_made'", ct))
            .ShouldBe(accepted, "the need account's events stored");
        var reserved = 0m;
        foreach (var (offer, budget) in offers)
        {
            var fromOffer = await Sum($"select coalesce(sum((data->>'Amount')::numeric), 0) from {schema}.mt_doc_pledge where data->>'OfferId' = '{offer}'", ct);
            fromOffer.ShouldBeLessThanOrEqualTo(budget);
            (await Sum($"select (data->>'Reserved')::numeric from {schema}.mt_doc_fundingoffer where id = '{offer}'", ct)).ShouldBe(fromOffer, "the offer's stored total");
            reserved += fromOffer;
        }

        reserved.ShouldBe(accepted);
    }

    // In cents through the shared count helper: euros with two decimals are whole cents.
    private static async Task<decimal> Sum(string sql, CancellationToken ct) => await Database.CountAsync($"select (({sql}) * 100)::bigint", ct) / 100m;

    private static async Task<FundingOffer> Offer(Alliance.FunderMember funder, Guid id) =>
        await Alliance.Read<FundingOffer>(await funder.Client.GetAsync($"/offers/{id}", TestContext.Current.CancellationToken));
}
