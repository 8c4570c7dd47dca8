using System.Net;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.Features.BrowseEligibleNeeds;
using ShareAlliance.Funding.Features.GetNeedFunding;
using ShareAlliance.Testing;
using Contract = ShareAlliance.Contracts.Needs;

namespace ShareAlliance.Funding.Tests.Features.MakePledge;

public sealed class MakePledgeTests(FundingFactory factory) : IClassFixture<FundingFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task EligibleNeed_IsPledgedAndBothRemainingsShrink()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync();

        var response = await Alliance.PledgeAsync(funder, offer.Id, need, 250.50m);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var pledge = await Alliance.Read<Pledge>(response);
        pledge.Status.ShouldBe(PledgeStatus.Pledged);
        pledge.FunderId.ShouldBe(funder.FunderId);
        var funding = await Funding(need);
        (funding.Budget, funding.Pledged, funding.Confirmed, funding.Remaining).ShouldBe((1_000m, 250.50m, 0m, 749.50m));
        (await Alliance.Read<FundingOffer>(await funder.Client.GetAsync($"/offers/{offer.Id}", TestContext.Current.CancellationToken))).Remaining.ShouldBe(9_749.50m);
        var published = await factory.Harness.Published
            .SelectAsync<Contracts.Funding.NeedFundingChanged>(m => m.Context.Message.NeedId == need, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        (published.Context.Message.Pledged, published.Context.Message.Remaining, published.Context.Message.Version).ShouldBe((250.50m, 749.50m, 1L));
        var offerChanged = await factory.Harness.Published
            .SelectAsync<Contracts.Funding.FundingOfferChanged>(m => m.Context.Message.OfferId == offer.Id && m.Context.Message.Remaining == 9_749.50m, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        offerChanged.Context.Message.Departements.ShouldContain("75", "the régions of the offer are expanded to their départements");
    }

    public static TheoryData<string, string> Ineligible => new()
    {
        { "wrong category", "category-not-eligible" },
        { "outside the region", "place-not-eligible" },
        { "wrong format", "format-not-eligible" },
        { "cause not served", "cause-not-eligible" },
        { "no budget", "need-without-budget" },
        { "cancelled need", "need-not-published" },
    };

    [Theory]
    [MemberData(nameof(Ineligible))]
    public async Task IneligibleNeed_IsRefusedNamingTheRule(string situation, string rule)
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder, o =>
        {
            o["formats"] = new List<string> { "OneOffMission" };
            o["causes"] = new List<string> { "digital-inclusion", "social" };
        });
        var association = await alliance.AssociationAsync("75", situation == "cause not served" ? "sport" : "social");
        var need = await alliance.PublishedNeedAsync(association, situation == "wrong category" ? "SECURITY" : "COMM", situation switch
        {
            "outside the region" => Alliance.Terms(departement: "69"),
            "wrong format" => Alliance.Terms(format: "LongTerm"),
            "no budget" => Alliance.Terms(budget: null),
            _ => Alliance.Terms(),
        });
        if (situation == "cancelled need")
        {
            await alliance.DeliverAsync(new Contract.NeedStatusChanged(need, 3, "Cancelled", "Plus besoin", DateTimeOffset.UtcNow));
        }

        await Alliance.ShouldBeRefused(await Alliance.PledgeAsync(funder, offer.Id, need, 100m), 409, rule);
        await NothingStored(need);
    }

    [Fact]
    public async Task RemoteNeed_CountsAsWhereItsAssociationSits()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder); // Île-de-France only
        var parisian = await alliance.PublishedNeedAsync(await alliance.AssociationAsync("75"), terms: Alliance.Terms(departement: null));
        var lyonnaise = await alliance.PublishedNeedAsync(await alliance.AssociationAsync("69"), terms: Alliance.Terms(departement: null));

        (await Alliance.PledgeAsync(funder, offer.Id, parisian, 100m)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await Alliance.ShouldBeRefused(await Alliance.PledgeAsync(funder, offer.Id, lyonnaise, 100m), 409, "place-not-eligible");
    }

    [Theory]
    [InlineData("Suspended")]
    [InlineData("Rejected")]
    public async Task NeedOfASuspendedOrRejectedAssociation_IsNeverFundable(string status)
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var association = await alliance.AssociationAsync();
        var need = await alliance.PublishedNeedAsync(association);

        await alliance.DeliverAsync(new Contract.AssociationStatusChanged(association, 3, status, DateTimeOffset.UtcNow));
        // The verification (version 2) arriving late must not make it fundable again.
        await alliance.DeliverAsync(new Contract.AssociationStatusChanged(association, 2, "Verified", DateTimeOffset.UtcNow));

        await Alliance.ShouldBeRefused(await Alliance.PledgeAsync(funder, offer.Id, need, 100m), 409, "association-not-verified");
        var eligible = await Alliance.Read<List<EligibleNeed>>(
            await funder.Client.GetAsync($"/offers/{offer.Id}/eligible-needs", TestContext.Current.CancellationToken));
        eligible.ShouldNotContain(n => n.NeedId == need);
        await NothingStored(need);
    }

    [Fact]
    public async Task ClosedOffer_CannotPledge()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        (await funder.Client.PostAsync($"/offers/{offer.Id}/close", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var need = await alliance.PublishedNeedAsync();

        await Alliance.ShouldBeRefused(await Alliance.PledgeAsync(funder, offer.Id, need, 100m), 409, "offer-not-open");
        await NothingStored(need);
    }

    [Fact]
    public async Task DraftOffer_CannotPledge()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.DraftOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync();

        await Alliance.ShouldBeRefused(await Alliance.PledgeAsync(funder, offer.Id, need, 100m), 409, "offer-not-open");
    }

    [Fact]
    public async Task AnotherFundersOffer_IsForbidden()
    {
        var owner = await alliance.FunderAsync();
        var other = await alliance.FunderAsync("Fonds de dotation voisin");
        var offer = await Alliance.OpenOfferAsync(owner);
        var need = await alliance.PublishedNeedAsync();

        (await Alliance.PledgeAsync(other, offer.Id, need, 100m)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Client.GetAsync($"/offers/{offer.Id}/eligible-needs", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await NothingStored(need);
    }

    [Fact]
    public async Task SameIdempotencyKeyTwice_MakesOnePledge()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync();
        var key = Guid.NewGuid().ToString();

        var first = await Alliance.Read<Pledge>(await Alliance.PledgeAsync(funder, offer.Id, need, 120m, key));
        var second = await Alliance.Read<Pledge>(await Alliance.PledgeAsync(funder, offer.Id, need, 120m, key));

        second.Id.ShouldBe(first.Id);
        (await Funding(need)).Pledged.ShouldBe(120m);
        (await Database.CountAsync($"select count(*) from {factory.Schema}.mt_doc_pledge where data->>'NeedId' = '{need}'", TestContext.Current.CancellationToken))
            .ShouldBe(1);
    }

    [Fact]
    public async Task SameIdempotencyKeySentConcurrently_MakesOnePledge()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Alliance.PledgeAsync(funder, offer.Id, need, 50m, key)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await Task.WhenAll(responses.Select(Alliance.Read<Pledge>))).Select(p => p.Id).Distinct().ShouldHaveSingleItem();
        (await Funding(need)).Pledged.ShouldBe(50m);
    }

    public static TheoryData<decimal, int, string> BadAmounts => new()
    {
        { -10m, 400, "validation" },
        { 0m, 400, "validation" },
        { 10.125m, 400, "validation" },
        { 2_000.01m, 409, "over-maximum-per-need" },
        { 1_000.01m, 409, "over-need-budget" },
    };

    [Theory]
    [MemberData(nameof(BadAmounts))]
    public async Task BadAmount_IsRefusedAndNothingStored(decimal amount, int status, string type)
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync(terms: Alliance.Terms(budget: type == "over-maximum-per-need" ? 5_000m : 1_000m));

        var response = await Alliance.PledgeAsync(funder, offer.Id, need, amount);

        await Alliance.ShouldBeRefused(response, status, type);
        if (status == 400)
        {
            (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"amount\"");
        }

        await NothingStored(need);
    }

    [Fact]
    public async Task MaximumPerNeed_CountsWhatTheOfferAlreadyGaveThatNeed()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var need = await alliance.PublishedNeedAsync(terms: Alliance.Terms(budget: 5_000m));

        (await Alliance.PledgeAsync(funder, offer.Id, need, 1_500m)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await Alliance.ShouldBeRefused(await Alliance.PledgeAsync(funder, offer.Id, need, 500.01m), 409, "over-maximum-per-need");
        (await Alliance.PledgeAsync(funder, offer.Id, need, 500m)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task UnknownOfferOrNeed_IsNotFound()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);

        (await Alliance.PledgeAsync(funder, Guid.NewGuid(), await alliance.PublishedNeedAsync(), 10m)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Alliance.PledgeAsync(funder, offer.Id, Guid.NewGuid(), 10m)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<NeedFundingDetails> Funding(Guid need) =>
        await Alliance.Read<NeedFundingDetails>(await alliance.Coordinator().GetAsync($"/needs/{need}/funding", TestContext.Current.CancellationToken));

    private async Task NothingStored(Guid need)
    {
        (await Database.CountAsync($"select count(*) from {factory.Schema}.mt_doc_pledge where data->>'NeedId' = '{need}'", TestContext.Current.CancellationToken))
            .ShouldBe(0);
        (await Database.CountAsync($"select count(*) from {factory.Schema}.mt_events where stream_id = '{need}'", TestContext.Current.CancellationToken))
            .ShouldBe(0);
    }
}
