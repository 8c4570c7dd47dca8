using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ShareAlliance.Testing;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>
/// The coordinator, signed in through Identity's page: the verification queue (an association verified, another rejected
/// with a reason, a volunteer verified), then a coordinated round run as a dry run, its plan read, and applied — against the
/// real services, in French and in English, every page scanned by axe-core.
/// </summary>
[Collection(nameof(WebPlatformGroup))]
public sealed class CoordinatorJourneyTests(WebPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Coordinator_VerifiesAnAssociationFromTheQueue_ThenRunsADryRoundAndAppliesIt_InFrench()
    {
        var associationId = await RegisterAssociationAsync("Lyon Entraide Seniors", "W691000001", "69", "Lyon");
        var volunteerId = await VolunteerAsync("Noé Bernard", "security.backups");
        await MatchingKnowsAsync(volunteerId);
        var page = await platform.NewPageAsync();

        await page.SignInAsync(platform, IdentityAccounts.CoordinatorEmail, IdentityAccounts.CoordinatorPassword);
        await page.GetByRole(AriaRole.Link, new() { Name = "Vérifications" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vérifications");
        var card = page.GetByTestId("association-to-review").Filter(new() { HasText = "Lyon Entraide Seniors" });
        await Expect(card.GetByTestId("registries")).ToHaveTextAsync("W691000001 : « Lyon Entraide Seniors » (Lyon), en activité");
        await Expect(card.GetByTestId("registered-on")).ToHaveTextAsync(new Regex(@"^\d{2}/\d{2}/\d{4}$"));
        await Expect(page.GetByTestId("volunteer-to-verify").Filter(new() { HasText = "Noé Bernard" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync("verification queue");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "coordinator-queue.png"), FullPage = true });

        await card.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        await Expect(page.GetByTestId("queue-message")).ToContainTextAsync("L’association Lyon Entraide Seniors est vérifiée");
        await Expect(card).ToHaveCountAsync(0);
        (await AssociationStatusAsync(associationId)).ShouldBe("Verified");
        await page.ShouldBeAccessibleAsync("verification queue after a decision");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tours coordonnés" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tours coordonnés");
        await page.InteractiveAsync();
        await page.ShouldBeAccessibleAsync("coordinated rounds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simuler un tour" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Simulation d’un tour coordonné");
        await Expect(page.GetByTestId("dry-run-notice")).ToBeVisibleAsync();
        var plannedSecurity = page.GetByTestId("planned-need").Filter(new() { HasText = WebPlatform.SecurityNeed });
        await Expect(plannedSecurity.GetByTestId("team")).ToContainTextAsync(new Regex(@"Bénévole \d+ : Sauvegardes \(\d+ h\)"));
        await Expect(page.GetByTestId("round-coverage")).ToHaveTextAsync(new Regex(@"^\s*\d+,\d[\u202F\u00A0 ]%"));
        await Expect(page.GetByTestId("round-gain")).ToContainTextAsync("répartition");
        await Expect(page.GetByTestId("round-scope")).ToContainTextAsync(new Regex(@"calculé le \d{2}/\d{2}/\d{4} \d{2}:\d{2}"));
        await page.ShouldBeAccessibleAsync("dry run's plan");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "coordinator-round-plan.png"), FullPage = true });

        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Appliquer ce plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tour coordonné appliqué");
        var applied = await RoundAsync(page);
        applied.GetProperty("dryRun").GetBoolean().ShouldBeFalse();
        var proposals = applied.GetProperty("proposals").GetArrayLength();
        await Expect(page.GetByTestId("applied-notice")).ToHaveTextAsync(proposals switch
        {
            0 => "Plan appliqué : aucune nouvelle proposition, les bénévoles du plan avaient déjà reçu la leur (ou ont atteint leur limite de propositions).",
            1 => "Plan appliqué : 1 proposition envoyée à un bénévole.",
            _ => $"Plan appliqué : {proposals} propositions envoyées aux bénévoles.",
        });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Appliquer ce plan" })).ToHaveCountAsync(0);
        await page.ShouldBeAccessibleAsync("applied round");
    }

    [Fact]
    public async Task Coordinator_RejectsWithAReasonTheApiAsksFor_VerifiesAVolunteer_AndReadsADryRound_InEnglish()
    {
        var associationId = await RegisterAssociationAsync("Marseille Sport Pour Tous", "W131000002", "13", "Marseille");
        var volunteerId = await VolunteerAsync("Lou Garnier", "web.wordpress");
        var page = await platform.NewPageAsync();

        await page.SignInAsync(platform, IdentityAccounts.CoordinatorEmail, IdentityAccounts.CoordinatorPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Verifications" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Verifications");
        var card = page.GetByTestId("association-to-review").Filter(new() { HasText = "Marseille Sport Pour Tous" });
        await Expect(card.GetByTestId("registries")).ToHaveTextAsync("W131000002: “Marseille Sport Pour Tous” (Marseille), no longer active");

        // Rejecting without a reason: the API refuses, and says why next to the field.
        await card.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Confirm the rejection" }).ClickAsync();
        var reason = card.GetByRole(AriaRole.Textbox, new() { Name = "Reason for rejecting" });
        await Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(reason).ToHaveAccessibleDescriptionAsync("Say why you reject it: the association will read it.");
        await page.ShouldBeAccessibleAsync("verification queue with a field in error");
        (await AssociationStatusAsync(associationId)).ShouldBe("Registered");

        await reason.FillAsync("The registry says this association is no longer active.");
        await card.GetByRole(AriaRole.Button, new() { Name = "Confirm the rejection" }).ClickAsync();
        await Expect(page.GetByTestId("queue-message")).ToContainTextAsync("Marseille Sport Pour Tous is rejected");
        (await AssociationStatusAsync(associationId)).ShouldBe("Rejected");

        var volunteer = page.GetByTestId("volunteer-to-verify").Filter(new() { HasText = "Lou Garnier" });
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(page.GetByTestId("queue-message")).ToContainTextAsync("Lou Garnier is verified");
        await Expect(volunteer).ToHaveCountAsync(0);
        await page.ShouldBeAccessibleAsync("verification queue in English");

        await MatchingKnowsAsync(volunteerId);
        await page.GetByRole(AriaRole.Link, new() { Name = "Coordinated rounds" }).ClickAsync();
        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run a dry round" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dry run of a coordinated round");
        await Expect(page.GetByTestId("round-coverage")).ToHaveTextAsync(new Regex(@"^\s*\d+\.\d%"));
        await Expect(page.GetByTestId("planned-need").Filter(new() { HasText = WebPlatform.WebsiteNeed }).GetByTestId("team"))
            .ToContainTextAsync(new Regex(@"Volunteer \d+ : WordPress \(\d+ h\)"));
        await page.ShouldBeAccessibleAsync("dry run's plan in English");
    }

    [Fact]
    public async Task SomeoneWhoIsNotACoordinator_IsTurnedAwayFromTheCoordinatorsPages_AndSeesNoLinkToThem()
    {
        var email = await platform.NewPersonAsync("volunteer");
        var page = await platform.NewPageAsync();

        await page.SignInAsync(platform, email);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Vérifications" })).ToHaveCountAsync(0);
        foreach (var path in new[] { "coordination/verification", "coordination/rounds" })
        {
            await page.GotoAsync(new Uri(platform.Web.BaseAddress, path).ToString());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
            await Expect(page.GetByTestId("association-to-review")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("dry-run")).ToHaveCountAsync(0);
        }
    }

    /// <summary>A person registers an association through the needs API: it waits in the queue.</summary>
    private async Task<Guid> RegisterAssociationAsync(string name, string rna, string departement, string city)
    {
        var email = await platform.NewPersonAsync("association_member");
        using var client = With(platform.Needs, await platform.Accounts.AccessTokenAsync(email, Ct));
        var response = await client.PostAsJsonAsync("/associations", new
        {
            name,
            rna,
            causes = (string[])["digital-inclusion"],
            departement,
            city,
            size = "Small",
        }, Ct);
        return await IdOf(response);
    }

    /// <summary>
    /// A volunteer sets a profile (one skill at level 3, remote, 20 h a month) that fits one seeded need: matching proposes it
    /// to them at once, and they stay under the fairness caps (2 new proposals a week), so a round may still plan them.
    /// </summary>
    private async Task<Guid> VolunteerAsync(string displayName, string skill)
    {
        var email = await platform.NewPersonAsync("volunteer");
        using var client = With(platform.Volunteers, await platform.Accounts.AccessTokenAsync(email, Ct));
        var response = await client.PutAsJsonAsync("/volunteers/me", new
        {
            displayName,
            skills = new[] { new { skill, level = 3 } },
            hoursPerMonth = 20,
            availableFrom = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            workMode = "Remote",
            languages = (string[])["fr"],
            causes = (string[])["digital-inclusion"],
            categories = (string[])["SECURITY", "COMM"],
            acceptsSensitiveNeeds = true,
        }, Ct);
        return await IdOf(response);
    }

    /// <summary>Matching learns of volunteers from the bus: wait for it before planning a round that should include them.</summary>
    private async Task MatchingKnowsAsync(Guid volunteerId)
    {
        using var coordinator = With(platform.Matching, await platform.Accounts.CoordinatorTokenAsync(Ct));
        await Eventually.GetAsync(
            async () => (await coordinator.GetAsync(new Uri($"/volunteers/{volunteerId}", UriKind.Relative), Ct)).StatusCode == HttpStatusCode.OK ? "known" : null,
            TimeSpan.FromSeconds(20), "matching to know the volunteer");
    }

    private async Task<string> AssociationStatusAsync(Guid id)
    {
        using var coordinator = With(platform.Needs, await platform.Accounts.CoordinatorTokenAsync(Ct));
        var body = await coordinator.GetStringAsync(new Uri($"/associations/{id}", UriKind.Relative), Ct);
        return JsonDocument.Parse(body).RootElement.GetProperty("status").GetString()!;
    }

    /// <summary>The round the page shows, as the matching API has it.</summary>
    private async Task<JsonElement> RoundAsync(IPage page)
    {
        var id = new Uri(page.Url).Segments[^1];
        using var coordinator = With(platform.Matching, await platform.Accounts.CoordinatorTokenAsync(Ct));
        return JsonDocument.Parse(await coordinator.GetStringAsync(new Uri($"/rounds/{id}", UriKind.Relative), Ct)).RootElement.Clone();
    }

    private static HttpClient With(ServiceProcess service, string token)
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
