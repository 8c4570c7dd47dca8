using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShareAlliance.Testing;

namespace ShareAlliance.EndToEnd.Tests;

/// <summary>Matching's journey across volunteers, needs and matching, through the real broker: proposed, accepted, confirmed, staffed.</summary>
[Collection(nameof(PlatformGroup))]
public sealed class MatchingJourneyTests(Platform platform)
{
    private static readonly string[] French = ["fr"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostedNeed_IsProposedToTheObviousBestVolunteer_AndAcceptConfirmStaffsItInNeeds()
    {
        var (bestId, bestToken) = await VolunteerAsync(20, ("ai.llm-integration", 4), ("data.etl", 4));
        var (_, weakerToken) = await VolunteerAsync(20, ("ai.llm-integration", 2));
        var (associationId, member) = await platform.VerifiedAssociationAsync();

        var needId = await PublishedNeedAsync(member, associationId, "Assistant IA pour l'accueil", 12, 60, ("ai.llm-integration", 3), ("data.etl", 3));

        var proposal = await ProposalAsync(bestToken, needId);
        proposal.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldContain("covers 2 of 2 required skills");
        if ((await ProposalsAsync(weakerToken)).FirstOrDefault(p => p.GetProperty("needId").GetGuid() == needId) is { ValueKind: JsonValueKind.Object } other)
        {
            other.GetProperty("score").GetDouble().ShouldBeLessThan(proposal.GetProperty("score").GetDouble());
        }

        var proposalId = proposal.GetProperty("id").GetGuid();
        using var volunteer = Platform.With(platform.Matching, bestToken);
        using var members = Platform.With(platform.Volunteers, member.DefaultRequestHeaders.Authorization!.Parameter!);
        (await members.GetAsync($"/volunteers/{bestId}/contact", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not before the volunteer accepts");
        (await volunteer.PostAsync($"/proposals/{proposalId}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var contact = (JsonElement)await Eventually.GetAsync(
            async () => await members.GetAsync($"/volunteers/{bestId}/contact", Ct) is { StatusCode: HttpStatusCode.OK } r ? (object)await r.Content.ReadFromJsonAsync<JsonElement>(Ct) : null,
            TimeSpan.FromSeconds(15), "the volunteer's contact for the association, once they accepted");
        contact.GetProperty("contactEmail").GetString().ShouldBe("camille.martin@example.org");
        using var association = Platform.With(platform.Matching, member.DefaultRequestHeaders.Authorization!.Parameter!);
        var confirmed = await association.PostAsJsonAsync($"/proposals/{proposalId}/confirm", new { }, Ct);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var hours = (await confirmed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("confirmedHours").GetInt32();
        using var me = Platform.With(platform.Volunteers, bestToken);
        await Eventually.GetAsync(
            async () => (await me.GetFromJsonAsync<JsonElement>("/volunteers/me", Ct)).GetProperty("hoursCommitted").GetInt32() == hours ? new object() : null,
            TimeSpan.FromSeconds(15), "the confirmed hours in the volunteer's profile");

        await Eventually.GetAsync(
            async () => JsonDocument.Parse(await member.GetStringAsync($"/needs/{needId}", Ct)).RootElement.GetProperty("status").GetString() == "Staffed" ? new object() : null,
            TimeSpan.FromSeconds(15), "the need to become staffed in Needs");
    }

    [Fact]
    public async Task ADecline_FreesTheVolunteersHours()
    {
        // 10 h a month; each need asks 60 h within a month, so each proposal holds all 10 once accepted.
        var (_, token) = await VolunteerAsync(10, ("data.gis", 4));
        var (associationId, member) = await platform.VerifiedAssociationAsync();
        var first = await PublishedNeedAsync(member, associationId, "Carte des permanences", 60, 32, ("data.gis", 3));
        var second = await PublishedNeedAsync(member, associationId, "Carte des distributions", 60, 32, ("data.gis", 3));
        var (a, b) = ((await ProposalAsync(token, first)).GetProperty("id").GetGuid(), (await ProposalAsync(token, second)).GetProperty("id").GetGuid());
        using var volunteer = Platform.With(platform.Matching, token);
        (await volunteer.PostAsync($"/proposals/{a}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await volunteer.PostAsync($"/proposals/{b}/accept", null, Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("availability-exceeded");

        (await volunteer.PostAsJsonAsync($"/proposals/{a}/decline", new { reasonCode = "no-time" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await volunteer.PostAsync($"/proposals/{b}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task CancellingANeedInNeeds_WithdrawsItsProposals_AndAnswersAreRefused()
    {
        var (_, token) = await VolunteerAsync(20, ("accessibility.rgaa", 4));
        var (associationId, member) = await platform.VerifiedAssociationAsync();
        var needId = await PublishedNeedAsync(member, associationId, "Audit RGAA du site", 10, 60, ("accessibility.rgaa", 3));
        var proposalId = (await ProposalAsync(token, needId)).GetProperty("id").GetGuid();

        (await member.PostAsJsonAsync($"/needs/{needId}/cancel", new { reason = "Plus de budget cette année" }, Ct)).EnsureSuccessStatusCode();

        await Eventually.GetAsync(
            async () => (await ProposalsAsync(token)).First(p => p.GetProperty("id").GetGuid() == proposalId) is var p
                && p.GetProperty("status").GetString() == "Withdrawn" && p.GetProperty("reasonCode").GetString() == "need-cancelled" ? new object() : null,
            TimeSpan.FromSeconds(15), "the proposal withdrawn once Needs cancelled the need");
        using var volunteer = Platform.With(platform.Matching, token);
        var refused = await volunteer.PostAsync($"/proposals/{proposalId}/accept", null, Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadAsStringAsync(Ct)).ShouldContain("need-not-open");
    }

    [Fact]
    public async Task AVolunteer_NeverReceivesMoreProposalsThanTheCapsAllow()
    {
        var (_, token) = await VolunteerAsync(40, ("security.firewall", 4));
        var (associationId, member) = await platform.VerifiedAssociationAsync();
        var needs = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            needs.Add(await PublishedNeedAsync(member, associationId, $"Pare-feu du local {i + 1}", 8, 60, ("security.firewall", 3)));
        }

        // Matching stores its copy of a need in the transaction that makes its proposals: all three known, all decided.
        foreach (var need in needs)
        {
            await platform.ArrivesInMatching(need, TimeSpan.FromSeconds(15));
        }

        (await ProposalsAsync(token)).Count.ShouldBe(2, "two new proposals a week at most");
    }

    private async Task<(Guid Id, string Token)> VolunteerAsync(int hoursPerMonth, params (string Skill, int Level)[] skills)
    {
        var (id, _, token) = await platform.Accounts.SignedInAsync("volunteer", Ct);
        using var volunteers = Platform.With(platform.Volunteers, token);
        (await volunteers.PutAsJsonAsync("/volunteers/me", new Dictionary<string, object?>
        {
            ["displayName"] = "Camille Martin",
            ["contactEmail"] = "camille.martin@example.org",
            ["skills"] = skills.Select(s => new { skill = s.Skill, level = s.Level }).ToArray(),
            ["hoursPerMonth"] = hoursPerMonth,
            ["workMode"] = "Remote",
            ["languages"] = French,
            ["acceptsSensitiveNeeds"] = false,
        }, Ct)).EnsureSuccessStatusCode();
        await Eventually.GetAsync(
            async () => await platform.VolunteerKnownToMatching(id) is { } known ? (object)known : null, TimeSpan.FromSeconds(15), "the volunteer in Matching");
        return (id, token);
    }

    private static async Task<Guid> PublishedNeedAsync(
        HttpClient member, Guid associationId, string title, int effortHours, int days, params (string Skill, int Level)[] skills)
    {
        var body = JsonSerializer.SerializeToNode(Platform.NeedBody(associationId, title))!.AsObject();
        body["effortHours"] = effortHours;
        body["deadline"] = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(days)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        body["requiredSkills"] = new JsonArray([.. skills.Select(s => (JsonNode)new JsonObject { ["skill"] = s.Skill, ["minimumLevel"] = s.Level })]);
        var id = await Platform.IdOf(await member.PostAsJsonAsync("/needs", body, Ct));
        (await member.PostAsync($"/needs/{id}/publish", null, Ct)).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<List<JsonElement>> ProposalsAsync(string token)
    {
        using var client = Platform.With(platform.Matching, token);
        return [.. (await client.GetFromJsonAsync<JsonElement>("/volunteers/me/proposals", Ct)).EnumerateArray()];
    }

    private async Task<JsonElement> ProposalAsync(string token, Guid needId) =>
        (JsonElement)await Eventually.GetAsync(
            async () => (await ProposalsAsync(token)).FirstOrDefault(p => p.GetProperty("needId").GetGuid() == needId) is { ValueKind: JsonValueKind.Object } p ? (object)p : null,
            TimeSpan.FromSeconds(15), $"a proposal for need {needId}");
}
