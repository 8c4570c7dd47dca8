using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ShareAlliance.Testing;

namespace ShareAlliance.EndToEnd.Tests;

/// <summary>A funder's journey across identity, needs, funding and matching, through the real broker.</summary>
[Collection(nameof(PlatformGroup))]
public sealed class FundingJourneyTests(Platform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NeedPublishedInNeeds_BecomesFundable_AndAPledgeReachesMatching()
    {
        var (associationId, member) = await platform.VerifiedAssociationAsync();
        var needId = await Platform.IdOf(await member.PostAsJsonAsync("/needs", Platform.NeedBody(associationId, "Sauvegardes à financer"), Ct));
        (await member.PostAsync($"/needs/{needId}/publish", null, Ct)).EnsureSuccessStatusCode();

        // A funder registers in Funding; Identity hears FunderRegistered and the owner's next token acts for the funder.
        var (_, email, token) = await platform.Accounts.SignedInAsync("funder", Ct);
        using var registering = Platform.With(platform.Funding, token);
        var funderId = await Platform.IdOf(await registering.PostAsJsonAsync("/funders", new { name = "Fondation e2e", type = "Foundation" }, Ct));
        var funderToken = await Eventually.GetAsync(
            async () => await platform.Accounts.AccessTokenAsync(email, Ct) is var t && Payload(t).Contains($"funder:{funderId}") ? t : null,
            TimeSpan.FromSeconds(15), "identity to grant the funder's membership");
        using var funder = Platform.With(platform.Funding, funderToken);
        var offerId = await Platform.IdOf(await funder.PostAsJsonAsync("/offers", new
        {
            funderId,
            title = "Cybersécurité des associations franciliennes",
            totalBudget = 5_000m,
            maximumPerNeed = 1_000m,
            categories = (string[])["SECURITY"],
            regions = (string[])["11"],
            deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(6)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, Ct));
        (await funder.PostAsync($"/offers/{offerId}/open", null, Ct)).EnsureSuccessStatusCode();

        // Remote need of a Parisian association: fundable by an Île-de-France offer once Funding heard of it.
        await Eventually.GetAsync(
            async () => (await funder.GetFromJsonAsync<JsonElement>($"/offers/{offerId}/eligible-needs", Ct)).EnumerateArray()
                .Any(n => n.GetProperty("needId").GetGuid() == needId) ? "fundable" : null,
            TimeSpan.FromSeconds(15), "the published need to become fundable in Funding");

        var pledge = await funder.PostAsJsonAsync($"/offers/{offerId}/pledges", new { needId, amount = 100m }, Ct);
        pledge.StatusCode.ShouldBe(HttpStatusCode.Created, await pledge.Content.ReadAsStringAsync(Ct));

        using var coordinator = Platform.With(platform.Matching, await platform.Accounts.CoordinatorTokenAsync(Ct));
        var known = (JsonElement)await Eventually.GetAsync(
            async () => await coordinator.GetAsync($"/needs/{needId}/funding", Ct) is { StatusCode: HttpStatusCode.OK } r
                ? (object)await r.Content.ReadFromJsonAsync<JsonElement>(Ct) : null,
            TimeSpan.FromSeconds(15), "NeedFundingChanged to reach Matching");
        (known.GetProperty("budget").GetDecimal(), known.GetProperty("pledged").GetDecimal(), known.GetProperty("remaining").GetDecimal())
            .ShouldBe((120m, 100m, 20m));
        var offer = (JsonElement)await Eventually.GetAsync(
            async () => await coordinator.GetAsync($"/offers/{offerId}", Ct) is { StatusCode: HttpStatusCode.OK } r
                && await r.Content.ReadFromJsonAsync<JsonElement>(Ct) is var o && o.GetProperty("remaining").GetDecimal() == 4_900m ? (object)o : null,
            TimeSpan.FromSeconds(15), "FundingOfferChanged to reach Matching");
        offer.GetProperty("status").GetString().ShouldBe("Open");
    }

    private static string Payload(string jwt) =>
        System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(jwt.Split('.')[1]));
}
