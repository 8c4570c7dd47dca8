using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ShareAlliance.Testing;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>
/// The coordinator signs in through Identity's page and reads the dashboard of the seeded alliance: two open needs
/// (security, website), one staffed (data) by a volunteer's 6 h a month, 1 000 € pledged. Figures that other test runs on
/// the shared broker could touch (budgets, gaps) are left to the component tests.
/// </summary>
[Collection(nameof(WebPlatformGroup))]
public sealed class DashboardJourneyTests(WebPlatform platform)
{
    private static string Today => TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"))
        .ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Coordinator_SignsIn_AndReadsTheDashboardInFrench_WithoutSeriousAccessibilityViolations()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, IdentityAccounts.CoordinatorEmail, IdentityAccounts.CoordinatorPassword);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/dashboard$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableau de bord de l’alliance");
        await Expect(page.GetByTestId("dashboard-open")).ToHaveTextAsync(new Regex(@"^\s*2\s+besoins ouverts"));
        await Expect(page.GetByTestId("dashboard-covered")).ToHaveTextAsync(new Regex(@"^\s*1\s+besoins pourvus"));
        await Expect(page.GetByTestId("dashboard-hours")).ToHaveTextAsync(new Regex($@"^\s*{WebPlatform.VolunteerHours} h\s+heures de bénévolat"));
        await Expect(page.GetByTestId("dashboard-money")).ToHaveTextAsync(new Regex("^\\s*1[\u202F\u00A0 ]000,00[\u202F\u00A0 ]€\\s+promis"));

        (await RowsAsync(page, "chart-category", 3)).ShouldBe(["Communication & visibilité | 1 | 0", "Données & impact | 0 | 1", "Sécurité & conformité | 1 | 0"]);
        // The seeded needs are remote: no région, the rest of each total.
        (await RowsAsync(page, "chart-region", 1)).ShouldBe(["À distance (sans lieu) | 2 | 1"]);
        (await RowsAsync(page, "chart-hours-category", 1)).ShouldBe([$"Données & impact | {WebPlatform.VolunteerHours} h"]);
        (await LastRowAsync(page, "chart-hours-time")).ShouldBe($"{Today} | {WebPlatform.VolunteerHours} h");
        (await LastRowAsync(page, "chart-money-time")).ShouldBe($"{Today} | 1 000,00 € | 0,00 €");
        (await LastRowAsync(page, "chart-skills-time")).ShouldBe($"{Today} | 3 | 1 | 0");
        await Expect(page.Locator("[data-testid^=chart-] .mud-chart svg").First).ToBeVisibleAsync();

        await page.ShouldBeAccessibleAsync("dashboard");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "dashboard.png"), FullPage = true });

        // A chart's table opens with the keyboard and is read as a table.
        await page.GetByTestId("chart-category").Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Besoins par catégorie" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync("dashboard with a chart's table open");
    }

    [Fact]
    public async Task Coordinator_ReadsTheDashboardInEnglish()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync(platform.Web.BaseAddress.ToString());
        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.SignInAsync(platform, IdentityAccounts.CoordinatorEmail, IdentityAccounts.CoordinatorPassword, "/dashboard");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Alliance dashboard");
        await Expect(page.GetByTestId("dashboard-money")).ToHaveTextAsync(new Regex(@"^\s*€1,000\.00\s+pledged by funders"));
        (await RowsAsync(page, "chart-category", 3))[0].ShouldBe("Communication & visibility | 1 | 0");
        (await LastRowAsync(page, "chart-money-time")).ShouldBe($"{Today} | €1,000.00 | €0.00");
        await page.ShouldBeAccessibleAsync("dashboard in English");
    }

    [Fact]
    public async Task Volunteer_IsRefusedTheDashboard_AndIsNotOfferedIt()
    {
        var email = await platform.NewPersonAsync("volunteer");
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, email);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tableau de bord" })).ToHaveCountAsync(0);

        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "dashboard").ToString());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await Expect(page.GetByTestId("dashboard-money")).ToHaveCountAsync(0);
    }

    /// <summary>The chart's table rows once there are <paramref name="count"/>, each row's cells joined by " | " (no-break spaces as spaces).</summary>
    private static async Task<string[]> RowsAsync(IPage page, string chart, int count)
    {
        var rows = page.GetByTestId(chart).Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(count);
        return await AllRowsAsync(rows);
    }

    private static async Task<string> LastRowAsync(IPage page, string chart)
    {
        var rows = page.GetByTestId(chart).Locator("tbody tr");
        await Expect(rows.First).ToBeAttachedAsync();
        return (await AllRowsAsync(rows))[^1];
    }

    private static async Task<string[]> AllRowsAsync(ILocator rows) =>
        [.. (await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => [...r.children].map(c => c.textContent.trim()).join(' | '))"))
            .Select(r => r.Replace('\u202F', ' ').Replace('\u00A0', ' '))];
}
