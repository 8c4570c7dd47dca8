using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Testing;
using Contract = ShareAlliance.Contracts.Needs;

namespace ShareAlliance.Funding.Tests;

/// <summary>
/// Builds the situations the tests start from: funders and offers through the public API, as people would; associations
/// and needs as the needs service announces them (its contracts, delivered through the bus harness).
/// </summary>
public sealed class Alliance(ServiceFactory<Program> factory)
{
    public static Dictionary<string, object?> OfferBody(Guid funderId) => new()
    {
        ["funderId"] = funderId,
        ["title"] = "Outils numériques des associations franciliennes",
        ["description"] = "Licences, hébergement et matériel pour les associations d'Île-de-France.",
        ["totalBudget"] = 10_000m,
        ["maximumPerNeed"] = 2_000m,
        ["categories"] = new[] { "COMM", "DATA" },
        ["causes"] = Array.Empty<string>(),
        ["regions"] = new[] { "11" },
        ["departements"] = Array.Empty<string>(),
        ["formats"] = Array.Empty<string>(),
        ["deadline"] = Date(DateTime.UtcNow.AddMonths(6)),
    };

    public static string Date(DateTime day) => DateOnly.FromDateTime(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public HttpClient Coordinator() => factory.CreateClientAs(TestUser.Coordinator());

    /// <summary>A funder registered by its owner, who then acts for it (what identity grants once it hears FunderRegistered).</summary>
    public async Task<FunderMember> FunderAsync(string name = "Fondation pour le numérique solidaire")
    {
        var owner = Guid.NewGuid();
        var registering = factory.CreateClientAs(new TestUser(owner, [Roles.Funder], []));
        var funder = await Read<Funder>(await registering.PostAsJsonAsync("/funders", new { name, type = "Foundation" }, TestContext.Current.CancellationToken));
        var member = new TestUser(owner, [Roles.Funder], [$"{OrganisationKinds.Funder}:{funder.Id}"]);
        return new(funder.Id, member, factory.CreateClientAs(member));
    }

    public static async Task<FundingOffer> DraftOfferAsync(FunderMember funder, Action<Dictionary<string, object?>>? change = null)
    {
        var body = OfferBody(funder.FunderId);
        change?.Invoke(body);
        return await Read<FundingOffer>(await funder.Client.PostAsJsonAsync("/offers", body, TestContext.Current.CancellationToken));
    }

    public static async Task<FundingOffer> OpenOfferAsync(FunderMember funder, Action<Dictionary<string, object?>>? change = null)
    {
        var draft = await DraftOfferAsync(funder, change);
        return await Read<FundingOffer>(await funder.Client.PostAsync($"/offers/{draft.Id}/open", null, TestContext.Current.CancellationToken));
    }

    public static Contract.NeedTerms Terms(decimal? budget = 1_000m, string? departement = "75", string format = "OneOffMission") => new(
        format, departement is null ? "Remote" : "OnSite", departement, 30, DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(3)), "Normal", ["fr"], budget, false);

    /// <summary>A registered association (seat in Paris by default), as the needs service announces it.</summary>
    public async Task<Guid> AssociationAsync(string departement = "75", params string[] causes)
    {
        var id = Guid.NewGuid();
        await DeliverAsync(new Contract.AssociationRegistered(id, Guid.NewGuid(), departement, causes.Length == 0 ? ["digital-inclusion"] : causes, DateTimeOffset.UtcNow));
        return id;
    }

    /// <summary>A need published by a (verified) association, as the needs service announces it; returns its id.</summary>
    public async Task<Guid> PublishedNeedAsync(Guid? associationId = null, string category = "COMM", Contract.NeedTerms? terms = null)
    {
        var id = Guid.NewGuid();
        var association = associationId ?? await AssociationAsync();
        await DeliverAsync(new Contract.NeedPublished(id, 2, association, "Refaire le site de l'association", category, [], terms ?? Terms(), DateTimeOffset.UtcNow));
        return id;
    }

    public async Task DeliverAsync<T>(T message, Guid? messageId = null)
        where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = id, TestContext.Current.CancellationToken);
        await factory.Deliveries.WaitAsync(id, 1);
    }

    public static async Task<HttpResponseMessage> PledgeAsync(FunderMember funder, Guid offerId, Guid needId, decimal amount, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/offers/{offerId}/pledges") { Content = JsonContent.Create(new { needId, amount }) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await funder.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<T> Read<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static async Task ShouldBeRefused(HttpResponseMessage response, int status, string type)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBe(status, body);
        body.ShouldContain($"problems/{type}\"", customMessage: body);
    }

    public sealed record FunderMember(Guid FunderId, TestUser User, HttpClient Client);
}
