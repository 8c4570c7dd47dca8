using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>A person signs in through Identity's page, sees their account (read from Identity with their token), and signs out.</summary>
[Collection(nameof(WebPlatformGroup))]
public sealed class SignInJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task Volunteer_SignsInInFrench_SeesTheirAccount_AndSignsOutOfBothSessions()
    {
        var email = await platform.NewPersonAsync("volunteer");
        var page = await platform.NewPageAsync();
        await page.GotoAsync(platform.Web.BaseAddress.ToString());
        await page.InteractiveAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Se connecter");
        await page.ShouldBeAccessibleAsync("Identity's sign-in");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "sign-in.png"), FullPage = true });

        // A wrong password: the error is on the password field, the e-mail stays typed.
        await page.FillIdentitySignInAsync(platform, email, "not my password at all");
        await Expect(page.GetByLabel("Mot de passe")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("Mot de passe")).ToHaveAccessibleDescriptionAsync(new Regex("^Adresse e-mail ou mot de passe incorrect"));
        await Expect(page.GetByLabel("Adresse e-mail")).ToHaveValueAsync(email);
        await page.ShouldBeAccessibleAsync("Identity's sign-in with an error");

        await page.FillIdentitySignInAsync(platform, email);
        await Expect(page).ToHaveURLAsync(platform.Web.BaseAddress.ToString());
        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Mon compte" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mon compte");
        await Expect(page.GetByTestId("account-email")).ToHaveTextAsync(email);
        await Expect(page.GetByTestId("account-roles")).ToHaveTextAsync("bénévole");
        await page.ShouldBeAccessibleAsync("account");

        await page.SignOutAsync(platform);
        // Identity's session ended too: the account page asks for the password again.
        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "account").ToString());
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(new Uri(platform.Identity.BaseAddress, "account/sign-in").ToString())));
    }

    [Fact]
    public async Task PersonWhoChoseEnglish_GetsIdentitysPageInEnglish_AndComesBackToThePageTheyAskedFor()
    {
        var email = await platform.NewPersonAsync("funder");
        var page = await platform.NewPageAsync();
        await page.GotoAsync(platform.Web.BaseAddress.ToString());
        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "account").ToString());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sign in");
        await page.ShouldBeAccessibleAsync("Identity's sign-in in English");
        await page.FillIdentitySignInAsync(platform, email);

        await Expect(page).ToHaveURLAsync(new Uri(platform.Web.BaseAddress, "account").ToString());
        await Expect(page.GetByTestId("account-roles")).ToHaveTextAsync("funder");
        await page.ShouldBeAccessibleAsync("account in English");
    }
}
