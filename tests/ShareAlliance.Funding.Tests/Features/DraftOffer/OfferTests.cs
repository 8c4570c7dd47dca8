using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Testing;

namespace ShareAlliance.Funding.Tests.Features.DraftOffer;

public sealed class OfferTests(FundingFactory factory) : IClassFixture<FundingFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task OpenedOffer_IsAnnouncedWhole_WithItsRegionsExpanded()
    {
        var funder = await alliance.FunderAsync();
        var draft = await Alliance.DraftOfferAsync(funder, o => { o["regions"] = new List<string> { "11" }; o["departements"] = new List<string> { "69" }; });
        draft.Status.ShouldBe(OfferStatus.Draft);
        draft.Terms.EligibleDepartements.ShouldBe(["69", "75", "77", "78", "91", "92", "93", "94", "95"], ignoreOrder: true);

        var opened = await Alliance.Read<FundingOffer>(await funder.Client.PostAsync($"/offers/{draft.Id}/open", null, TestContext.Current.CancellationToken));

        opened.Status.ShouldBe(OfferStatus.Open);
        var message = (await factory.Harness.Published
            .SelectAsync<Contracts.Funding.FundingOfferChanged>(m => m.Context.Message.OfferId == draft.Id, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken)).Context.Message;
        (message.Version, message.Status, message.FunderId, message.TotalBudget, message.MaximumPerNeed, message.Remaining)
            .ShouldBe((2L, "Open", funder.FunderId, 10_000m, 2_000m, 10_000m));
        message.Categories.ShouldBe(["COMM", "DATA"]);
        message.Departements.Count.ShouldBe(9);
    }

    [Fact]
    public async Task Draft_IsSeenOnlyByItsFunder_AndOnlyItsFunderOpensIt()
    {
        var funder = await alliance.FunderAsync();
        var other = await alliance.FunderAsync("Autre fondation");
        var draft = await Alliance.DraftOfferAsync(funder);

        (await other.Client.GetAsync($"/offers/{draft.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PostAsync($"/offers/{draft.Id}/open", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.Client.PostAsJsonAsync("/offers", Alliance.OfferBody(funder.FunderId), TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ClosedOffer_CannotBeOpenedAgain()
    {
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder);
        var closed = await Alliance.Read<FundingOffer>(await funder.Client.PostAsync($"/offers/{offer.Id}/close", null, TestContext.Current.CancellationToken));
        closed.Status.ShouldBe(OfferStatus.Closed);

        await Alliance.ShouldBeRefused(await funder.Client.PostAsync($"/offers/{offer.Id}/open", null, TestContext.Current.CancellationToken), 409, "offer-not-draft");
    }

    public static TheoryData<string, object?, string> BadOffers => new()
    {
        { "totalBudget", 100.125m, "totalBudget" },
        { "totalBudget", -5m, "totalBudget" },
        { "maximumPerNeed", 20_000m, "maximumPerNeed" },
        { "regions", new List<string> { "99" }, "regions[0]" },
        { "departements", new List<string> { "20" }, "departements[0]" },
        { "categories", new List<string> { "GARDENING" }, "categories[0]" },
        { "formats", new List<string> { "Weekly" }, "formats[0]" },
        { "deadline", "2020-01-01", "deadline" },
    };

    [Theory]
    [MemberData(nameof(BadOffers))]
    public async Task BadOffer_IsRefusedNamingTheFieldAndNothingStored(string field, object? value, string reported)
    {
        var funder = await alliance.FunderAsync();
        var body = Alliance.OfferBody(funder.FunderId);
        body[field] = value;
        var before = await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken);

        var response = await funder.Client.PostAsJsonAsync("/offers", body, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain($"\"{reported}\"");
        (await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken)).ShouldBe(before);
    }
}
