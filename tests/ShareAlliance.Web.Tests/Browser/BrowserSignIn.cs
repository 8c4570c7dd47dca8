using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using ShareAlliance.Testing;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>What a person does in the browser to sign in and out: through Identity's real sign-in page, never around it.</summary>
public static class BrowserSignIn
{
    /// <summary>
    /// Opens the web front end's sign-in for <paramref name="returnPath"/>, fills Identity's page (whatever its language)
    /// and waits to be back on the web front end, signed in.
    /// </summary>
    public static async Task SignInAsync(this IPage page, WebPlatform platform, string email, string password = IdentityAccounts.Password, string returnPath = "/")
    {
        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "sign-in?returnUrl=" + Uri.EscapeDataString(returnPath)).ToString());
        await page.FillIdentitySignInAsync(platform, email, password);
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(new Uri(platform.Web.BaseAddress, returnPath).ToString()) + "$"));
        await Expect(page.Locator("form.sa-sign-out")).ToBeVisibleAsync();
        await page.InteractiveAsync();
    }

    /// <summary>
    /// Waits for the page's circuit: a prerendered page shows its content at once, but a click before the circuit is up can
    /// be lost (Blazor's router takes over links as it starts).
    /// </summary>
    public static Task InteractiveAsync(this IPage page) =>
        Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();

    /// <summary>On Identity's sign-in page: types the e-mail and password and submits.</summary>
    public static async Task FillIdentitySignInAsync(this IPage page, WebPlatform platform, string email, string password = IdentityAccounts.Password)
    {
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(new Uri(platform.Identity.BaseAddress, "account/sign-in").ToString())));
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
    }

    /// <summary>The header's sign-out button: both sessions end (the web's and Identity's), back on the home page.</summary>
    public static async Task SignOutAsync(this IPage page, WebPlatform platform)
    {
        await page.InteractiveAsync();
        await page.Locator("form.sa-sign-out button").ClickAsync();
        await Expect(page).ToHaveURLAsync(platform.Web.BaseAddress.ToString());
        await Expect(page.Locator("a.sa-sign-in")).ToBeVisibleAsync();
    }

    /// <summary>axe-core finds no serious or critical violation of WCAG 2.1 A/AA on the page as it is now.</summary>
    public static async Task ShouldBeAccessibleAsync(this IPage page, string what)
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

    public static string Screenshots => Path.Combine(RepositoryPaths.Root, "docs", "screenshots");
}
