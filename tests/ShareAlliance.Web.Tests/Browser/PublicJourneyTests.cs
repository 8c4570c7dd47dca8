using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ShareAlliance.Testing;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>Anyone, without signing in: home → catalogue → a category → a need's page, in Chromium, in French and in English.</summary>
[Collection(nameof(WebPlatformGroup))]
public sealed partial class PublicJourneyTests(WebPlatform platform)
{
    private static string Screenshots => Path.Combine(RepositoryPaths.Root, "docs", "screenshots");

    [Fact]
    public async Task Anyone_FindsANeedByCategoryInFrench_OnPagesWithoutSeriousAccessibilityViolations()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(platform.Web.BaseAddress.ToString());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Des compétences numériques et des financements pour les associations");
        await Expect(page.GetByTestId("open-needs")).ToHaveTextAsync(new Regex(@"^\s*2\s+besoins ouverts"));
        // The live figures, from each service: the staffed need, its volunteer's hours, the funder's pledge.
        await Expect(page.GetByTestId("covered-needs")).ToHaveTextAsync(new Regex(@"^\s*1\s+besoins pourvus en compétences"));
        await Expect(page.GetByTestId("hours-committed")).ToHaveTextAsync(new Regex($@"^\s*{WebPlatform.VolunteerHours} h\s+heures de bénévolat engagées par mois"));
        await Expect(page.GetByTestId("money-pledged")).ToHaveTextAsync(new Regex("^\\s*1[\u202F\u00A0 ]000,00[\u202F\u00A0 ]€\\s+promis par les financeurs"));
        await AccessibleAsync(page, "home");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "home.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Voir les besoins" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/needs$"));
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("2 besoins");
        await AccessibleAsync(page, "catalogue");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "catalogue.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Sécurité & conformité (1)" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/needs\\?category=SECURITY$"));
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("1 besoin");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = WebPlatform.WebsiteNeed })).ToHaveCountAsync(0);
        await AccessibleAsync(page, "catalogue filtered by a category");

        await page.GetByRole(AriaRole.Link, new() { Name = WebPlatform.SecurityNeed }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/needs/{platform.SecurityNeedId}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(WebPlatform.SecurityNeed);
        await Expect(page.GetByTestId("association")).ToHaveTextAsync("Un besoin de Les Amis du Numérique Solidaire (Paris)");
        await Expect(page.GetByTestId("skills")).ToContainTextAsync("Sauvegardes — niveau 2 (autonome)");
        await Expect(page.GetByTestId("effort")).ToHaveTextAsync("12 h");
        await Expect(page.GetByTestId("deadline")).ToHaveTextAsync(platform.SecurityNeedDeadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("budget")).ToHaveTextAsync(new Regex("^1[\u202F\u00A0 ]234,56[\u202F\u00A0 ]€$"));
        // The gap meter: the funder's pledge against the budget, in words as well as in the bar.
        await Expect(page.GetByTestId("funding-text")).ToHaveTextAsync(new Regex("^1[\u202F\u00A0 ]000,00[\u202F\u00A0 ]€ promis sur un budget de 1[\u202F\u00A0 ]234,56[\u202F\u00A0 ]€ \\(81[\u202F\u00A0 ]%\\)$"));
        await Expect(page.GetByTestId("funding-gap")).ToHaveTextAsync(new Regex("^Reste à financer : 234,56[\u202F\u00A0 ]€$"));
        await Expect(page.GetByRole(AriaRole.Progressbar, new() { Name = "Part du budget financée" })).ToHaveAttributeAsync("aria-valuenow", "81");
        await AccessibleAsync(page, "need");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "need.png"), FullPage = true });
    }

    [Fact]
    public async Task Anyone_SwitchesToEnglish_AndTheJourneyStaysInEnglish()
    {
        var page = await NewPageAsync();

        await page.GotoAsync(platform.Web.BaseAddress.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Digital skills and funding for non-profits");
        await Expect(page.GetByTestId("open-needs")).ToHaveTextAsync(new Regex(@"^\s*2\s+open needs"));
        await Expect(page.GetByTestId("money-pledged")).ToHaveTextAsync(new Regex(@"^\s*€1,000\.00\s+pledged by funders"));
        await AccessibleAsync(page, "home in English");

        await page.GetByRole(AriaRole.Link, new() { Name = "See the needs" }).ClickAsync();
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("2 needs");
        await page.GetByRole(AriaRole.Link, new() { Name = "Security & compliance (1)" }).ClickAsync();
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("1 need");
        await AccessibleAsync(page, "catalogue in English");

        await page.GetByRole(AriaRole.Link, new() { Name = WebPlatform.SecurityNeed }).ClickAsync();
        await Expect(page.GetByTestId("skills")).ToContainTextAsync("Backups — level 2 (autonomous)");
        await Expect(page.GetByTestId("budget")).ToHaveTextAsync("€1,234.56");
        await Expect(page.GetByTestId("funding-gap")).ToHaveTextAsync("Left to fund: €234.56");
        await AccessibleAsync(page, "need in English");

        // And back: the switch is on every page and keeps the person where they are.
        await page.GetByRole(AriaRole.Button, new() { Name = "Passer en français" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/needs/{platform.SecurityNeedId}$"));
        await Expect(page.GetByTestId("skills")).ToContainTextAsync("Sauvegardes — niveau 2 (autonome)");
    }

    [Fact]
    public async Task KeyboardOnly_TheSkipLinkComesFirstIsVisibleAndLeadsToTheMainContent()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "needs").ToString());
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("2 besoins");

        // Once the page turns interactive, the router moves focus to the heading (FocusOnNavigate). Wait for that, then start
        // from the top of the document as a fresh page does: a Tab pressed before it would race the router.
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
        await page.Locator("body").EvaluateAsync("body => { body.tabIndex = -1; body.focus(); }");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        // The next Tab lands inside the main content (the search field), not back in the header.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Rechercher", new() { Exact = true })).ToBeFocusedAsync();
    }

    private async Task<IPage> NewPageAsync()
    {
        var context = await platform.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>axe-core finds no serious or critical violation of WCAG 2.1 A/AA on the page as it is now.</summary>
    private static async Task AccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html).Take(3))}")
            .ToList();
        serious.ShouldBeEmpty($"axe-core on the {what} page");
    }
}
