using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ShareAlliance.Testing;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>
/// A volunteer's proposals in the browser, against the real services: a verified association publishes a need for the
/// volunteer's skill, matching proposes it, the volunteer reads why and accepts (in French) or declines with a reason (in
/// English); the association confirms on its need's page and the volunteer's inbox says so. Each test has a skill of its
/// own, so no other journey's volunteer takes its need's proposals.
/// </summary>
[Collection(nameof(PublishingPlatformGroup))]
public sealed class VolunteerProposalsJourneyTests(WebPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Volunteer_SeesWhyTheyAreProposed_Accepts_AndTheAssociationConfirmsInTheBrowser_InFrench()
    {
        const string title = "Rapports Power BI des adhésions";
        var (_, volunteerEmail, volunteerToken) = await platform.VolunteerWithProfileAsync("data.power-bi", 3);
        var (memberEmail, needId) = await PublishedNeedAsync("Données Partagées", title, "data.power-bi");
        await ProposedAsync(volunteerToken, needId);

        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, volunteerEmail);
        await page.ShouldBeAccessibleAsync("home, signed in as a volunteer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mes propositions" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mes propositions");
        await page.InteractiveAsync();

        var proposal = Proposal(page, title);
        await Expect(proposal.GetByTestId("proposal-status")).ToHaveTextAsync("En attente de votre réponse");
        await Expect(proposal.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveAttributeAsync("href", $"needs/{needId}");
        var reasons = proposal.GetByTestId("proposal-reasons");
        await Expect(reasons).ToContainTextAsync("Vous avez 1 des 1 compétences demandées");
        await Expect(reasons).ToContainTextAsync("Power BI : votre niveau 3 (avancé) couvre le niveau 2 (autonome) demandé");
        await Expect(reasons).ToContainTextAsync("À distance");
        await Expect(reasons).ToContainTextAsync("Langues en commun : français");
        await Expect(proposal.GetByTestId("proposal-expires")).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync("my proposals");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "volunteer-proposals.png"), FullPage = true });

        await proposal.GetByRole(AriaRole.Button, new() { Name = $"Accepter pour « {title} »" }).ClickAsync();
        await Expect(proposal.GetByTestId("proposal-status")).ToHaveTextAsync("Acceptée, en attente de la confirmation de l’association");
        await Expect(proposal.GetByTestId("proposal-outcome")).ToHaveTextAsync("Vous avez accepté : l’association confirme ensuite.");
        await Expect(proposal.GetByRole(AriaRole.Button, new() { Name = $"Accepter pour « {title} »" })).ToHaveCountAsync(0);
        await page.ShouldBeAccessibleAsync("my proposals, one accepted");

        // The association's member confirms the volunteer on the need's page.
        var member = await platform.NewPageAsync();
        await member.SignInAsync(platform, memberEmail, returnPath: $"/association/needs/{needId}");
        await Expect(member.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Expect(member.GetByTestId("matches")).ToContainTextAsync("a accepté");
        await member.ShouldBeAccessibleAsync("a need with an accepted proposal");
        await member.GetByRole(AriaRole.Button, new() { Name = "Confirmer ce bénévole" }).ClickAsync();
        await Expect(member.GetByTestId("matches")).ToContainTextAsync("confirmé");
        await member.ShouldBeAccessibleAsync("a need with a confirmed volunteer");

        await page.ReloadAsync();
        await Expect(Proposal(page, title).GetByTestId("proposal-status")).ToHaveTextAsync("Confirmée par l’association");
        await page.InteractiveAsync();
        await Expect(Proposal(page, title).GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await page.ShouldBeAccessibleAsync("my proposals, one confirmed");
    }

    [Fact]
    public async Task Volunteer_DeclinesWithAReason_InEnglish()
    {
        const string title = "Maquettes Figma du nouveau site";
        var (_, volunteerEmail, volunteerToken) = await platform.VolunteerWithProfileAsync("design.figma", 2);
        var (_, needId) = await PublishedNeedAsync("Atelier des Maquettes", title, "design.figma", minimumLevel: 3);
        await ProposedAsync(volunteerToken, needId);

        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, volunteerEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.InteractiveAsync();
        await page.ShouldBeAccessibleAsync("home in English, signed in as a volunteer");
        await page.GetByRole(AriaRole.Link, new() { Name = "My proposals" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("My proposals");
        await page.InteractiveAsync();

        var proposal = Proposal(page, title);
        await Expect(proposal.GetByTestId("proposal-status")).ToHaveTextAsync("Awaiting your answer");
        // Level 2 held for the 3 asked: half credit, said so.
        await Expect(proposal.GetByTestId("proposal-reasons")).ToContainTextAsync("Figma: your level 2 (autonomous) is one below the level 3 (advanced) asked (half credit)");
        await Expect(proposal.GetByTestId("proposal-reasons")).ToContainTextAsync("Shared languages: French");

        // No reason chosen: said next to the field, nothing declined.
        var decline = proposal.GetByRole(AriaRole.Button, new() { Name = $"Decline for “{title}”" });
        await decline.ClickAsync();
        var reason = proposal.GetByLabel($"Reason for declining for “{title}”");
        await Expect(reason).ToHaveAccessibleDescriptionAsync("Choose a reason to decline.");
        await Expect(proposal.GetByTestId("proposal-status")).ToHaveTextAsync("Awaiting your answer");
        await page.ShouldBeAccessibleAsync("my proposals in English, decline without a reason");

        await reason.SelectOptionAsync("no-time");
        await decline.ClickAsync();
        await Expect(proposal.GetByTestId("proposal-status")).ToHaveTextAsync("Declined");
        await Expect(proposal.GetByTestId("proposal-closed-reason")).ToHaveTextAsync("declined by you: No time at the moment");
        await page.ShouldBeAccessibleAsync("my proposals in English, one declined");

        // Matching has it declined, with the reason.
        using var matching = WebPlatform.With(platform.Matching, volunteerToken);
        var stored = (await matching.GetFromJsonAsync<JsonElement>("/volunteers/me/proposals", Ct)).EnumerateArray().Single(p => p.GetProperty("needId").GetGuid() == needId);
        stored.GetProperty("status").GetString().ShouldBe("Declined");
        stored.GetProperty("reasonCode").GetString().ShouldBe("no-time");
    }

    [Fact]
    public async Task KeyboardOnly_AVolunteerSignsInAndAcceptsAProposal()
    {
        const string title = "Lettre d’information trimestrielle";
        var (_, volunteerEmail, volunteerToken) = await platform.VolunteerWithProfileAsync("comm.newsletter", 3);
        var (_, needId) = await PublishedNeedAsync("Voix du Quartier", title, "comm.newsletter");
        await ProposedAsync(volunteerToken, needId);

        var page = await platform.NewPageAsync();
        // The inbox's address, signed out: Identity's sign-in page (its e-mail field has the focus); from there, keys only.
        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "volunteer/proposals").ToString());
        await Expect(page.Locator("#email")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(volunteerEmail);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(IdentityAccounts.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mes propositions");
        await page.InteractiveAsync();
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        // Once the proposals are there (as a person waits to see them), from the heading the router focused: the need's link,
        // then its Accept button.
        await Expect(Proposal(page, title)).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Accepter pour « {title} »" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        var proposal = Proposal(page, title);
        await Expect(proposal.GetByTestId("proposal-status")).ToHaveTextAsync("Acceptée, en attente de la confirmation de l’association");
        // The button pressed is gone: the focus is on the proposal's heading, not lost, and the next Tab stays in the proposal.
        await Expect(proposal.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(proposal.GetByRole(AriaRole.Link, new() { Name = title })).ToBeFocusedAsync();
        await page.ShouldBeAccessibleAsync("my proposals, accepted with the keyboard");
    }

    private static ILocator Proposal(IPage page, string title) =>
        page.GetByTestId("proposal").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = title }) });

    /// <summary>A verified association (a new member of it) publishes a remote need for one skill: the member's e-mail and the need's id.</summary>
    private async Task<(string MemberEmail, Guid NeedId)> PublishedNeedAsync(string association, string title, string skill, int minimumLevel = 2)
    {
        var (email, associationId) = await platform.VerifiedAssociationMemberAsync(association);
        using var member = WebPlatform.With(platform.Needs, await platform.Accounts.AccessTokenAsync(email, Ct));
        var drafted = await member.PostAsJsonAsync("/needs", new
        {
            associationId,
            title,
            description = "Un besoin de l'association, décrit pour les bénévoles.",
            category = "COMM",
            format = "OneOffMission",
            workMode = "Remote",
            effortHours = 12,
            deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            urgency = "Normal",
            languages = (string[])["fr"],
            requiredSkills = new[] { new { skill, minimumLevel } },
        }, Ct);
        var body = await drafted.Content.ReadAsStringAsync(Ct);
        drafted.IsSuccessStatusCode.ShouldBeTrue(body);
        var needId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        (await member.PostAsync(new Uri($"/needs/{needId}/publish", UriKind.Relative), null, Ct)).EnsureSuccessStatusCode();
        return (email, needId);
    }

    /// <summary>Waits until matching has proposed the need to the volunteer (it hears of the publication from the bus).</summary>
    private async Task ProposedAsync(string volunteerToken, Guid needId)
    {
        using var matching = WebPlatform.With(platform.Matching, volunteerToken);
        await Eventually.GetAsync(
            async () => (await matching.GetFromJsonAsync<JsonElement>("/volunteers/me/proposals", Ct)).EnumerateArray()
                .Any(p => p.GetProperty("needId").GetGuid() == needId) ? new object() : null,
            TimeSpan.FromSeconds(30), "matching to propose the need to the volunteer");
    }
}
