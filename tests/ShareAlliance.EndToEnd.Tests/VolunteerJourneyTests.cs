using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using ShareAlliance.Testing;
using Contract = ShareAlliance.Contracts.Volunteers;

namespace ShareAlliance.EndToEnd.Tests;

/// <summary>A volunteer's journey across identity, volunteers and matching, through the real broker.</summary>
[Collection(nameof(PlatformGroup))]
public sealed class VolunteerJourneyTests(Platform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> ProfileBody(int hoursPerMonth) => new()
    {
        ["displayName"] = "Inès Benali",
        ["contactEmail"] = "ines.benali@example.org",
        ["skills"] = new[] { new { skill = "security.backups", level = 3 }, new { skill = "data.sql", level = 2 } },
        ["hoursPerMonth"] = hoursPerMonth,
        ["workMode"] = "Remote",
        ["languages"] = new[] { "fr" },
        ["acceptsSensitiveNeeds"] = false,
    };

    [Fact]
    public async Task ProfileUpdate_ReachesMatching_AndALateOrRepeatedOlderVersionNeverWins()
    {
        var (volunteerId, _, token) = await platform.Accounts.SignedInAsync("volunteer", Ct);
        using var volunteers = Platform.With(platform.Volunteers, token);

        (await volunteers.PutAsJsonAsync("/volunteers/me", ProfileBody(12), Ct)).EnsureSuccessStatusCode();
        var first = await ArrivesInMatching(volunteerId, k => k.GetProperty("version").GetInt64() == 1);
        first.GetProperty("facts").GetProperty("hoursPerMonth").GetInt32().ShouldBe(12);
        first.GetProperty("facts").GetProperty("skills").GetArrayLength().ShouldBe(2);
        first.ToString().ShouldNotContain("Inès", customMessage: "no personal data reaches matching");

        (await volunteers.PutAsJsonAsync("/volunteers/me", ProfileBody(30), Ct)).EnsureSuccessStatusCode();
        await ArrivesInMatching(volunteerId, k => k.GetProperty("version").GetInt64() == 2);

        // Version 1 again, late, twice with one MessageId and once more with another: none may bring back 12 hours.
        var bus = await DeliveryGuaranteeTests.StartBus();
        try
        {
            var stale = new Contract.VolunteerProfileUpdated(
                volunteerId, 1, [new Contract.SkillLevel("security.backups", 3)], 12, null, null, "Remote", null, null, ["fr"], [], [],
                AcceptsSensitiveNeeds: false, Verified: false, Paused: false, DateTimeOffset.UtcNow.AddMinutes(-5));
            var messageId = Guid.NewGuid();
            await bus.Publish(stale, ctx => ctx.MessageId = messageId, Ct);
            await bus.Publish(stale, ctx => ctx.MessageId = messageId, Ct);
            await bus.Publish(stale, ctx => ctx.MessageId = Guid.NewGuid(), Ct);

            // A later message on the same queue shows the stale ones were consumed before we look.
            var sentinel = Guid.NewGuid();
            await bus.Publish(stale with { VolunteerId = sentinel }, ctx => ctx.MessageId = Guid.NewGuid(), Ct);
            await ArrivesInMatching(sentinel, _ => true);
            await Task.Delay(500, Ct);
        }
        finally
        {
            await bus.StopAsync(Ct);
        }

        var known = (await platform.VolunteerKnownToMatching(volunteerId))!.Value;
        known.GetProperty("version").GetInt64().ShouldBe(2);
        known.GetProperty("facts").GetProperty("hoursPerMonth").GetInt32().ShouldBe(30);
        known.GetProperty("facts").GetProperty("skills").GetArrayLength().ShouldBe(2);

        (await volunteers.PostAsync("/volunteers/me/pause", null, Ct)).EnsureSuccessStatusCode();
        var paused = await ArrivesInMatching(volunteerId, k => k.GetProperty("version").GetInt64() == 3);
        paused.GetProperty("facts").GetProperty("paused").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task DeleteMeOnIdentity_ErasesTheVolunteersPersonalDetails()
    {
        var (volunteerId, _, token) = await platform.Accounts.SignedInAsync("volunteer", Ct);
        using var volunteers = Platform.With(platform.Volunteers, token);
        (await volunteers.PutAsJsonAsync("/volunteers/me", ProfileBody(8), Ct)).EnsureSuccessStatusCode();
        (await DetailsRows(volunteerId)).ShouldBe(1);

        using var identity = Platform.With(platform.Identity, token);
        (await identity.DeleteAsync("/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await Eventually.GetAsync(async () => await DetailsRows(volunteerId) == 0 ? new object() : null, TimeSpan.FromSeconds(15),
            "volunteers to erase the deleted person's details");
        // The access token is still valid for a few minutes: what it reads now holds no name and no contact.
        var mine = JsonDocument.Parse(await volunteers.GetStringAsync("/volunteers/me", Ct)).RootElement;
        mine.GetProperty("displayName").ValueKind.ShouldBe(JsonValueKind.Null);
        mine.GetProperty("contactEmail").ValueKind.ShouldBe(JsonValueKind.Null);
        mine.GetProperty("withdrawn").GetBoolean().ShouldBeTrue();
        await ArrivesInMatching(volunteerId, k => k.GetProperty("withdrawn").GetBoolean());
    }

    private Task<long> DetailsRows(Guid volunteerId) =>
        Database.CountAsync($"select count(*) from {platform.VolunteersSchema}.mt_doc_volunteerdetails where id = '{volunteerId}'", Ct);

    private async Task<JsonElement> ArrivesInMatching(Guid volunteerId, Func<JsonElement, bool> until) =>
        (JsonElement)await Eventually.GetAsync(
            async () => await platform.VolunteerKnownToMatching(volunteerId) is { } known && until(known) ? (object)known : null,
            TimeSpan.FromSeconds(15), $"volunteer {volunteerId} in Matching");
}
