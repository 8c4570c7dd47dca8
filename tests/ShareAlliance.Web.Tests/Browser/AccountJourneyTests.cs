using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>A person's account page: what it holds, the export of their data, the deletion of their account.</summary>
[Collection(nameof(WebPlatformGroup))]
public sealed class AccountJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task Person_DownloadsTheirData_ThenDeletesTheirAccount_AndCanNoLongerSignIn()
    {
        var email = await platform.NewPersonAsync("volunteer");
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, email, returnPath: "/account");
        await Expect(page.GetByTestId("account-email")).ToHaveTextAsync(email);
        await page.ShouldBeAccessibleAsync("account");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "account.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger mes données" }).ClickAsync());
        using (var export = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken)))
        {
            export.RootElement.GetProperty("account").GetProperty("email").GetString().ShouldBe(email);
            download.SuggestedFilename.ShouldEndWith(".json");
        }

        await page.GetByLabel("Je comprends que mon compte sera supprimé définitivement").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer définitivement mon compte" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(platform.Web.BaseAddress, "account-deleted").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Compte supprimé");
        await Expect(page.Locator("a.sa-sign-in")).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync("account deleted");

        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "sign-in?returnUrl=%2Faccount").ToString());
        await page.FillIdentitySignInAsync(platform, email);
        await Expect(page.GetByLabel("Mot de passe")).ToHaveAccessibleDescriptionAsync(new Regex("^Adresse e-mail ou mot de passe incorrect"));
    }

    [Fact]
    public async Task AccountPage_AskedWithoutSigningIn_GoesThroughIdentityAndComesBack()
    {
        var email = await platform.NewPersonAsync("association_member");
        var page = await platform.NewPageAsync();

        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "account").ToString());
        await page.FillIdentitySignInAsync(platform, email);

        await Expect(page).ToHaveURLAsync(new Uri(platform.Web.BaseAddress, "account").ToString());
        await Expect(page.GetByTestId("account-roles")).ToHaveTextAsync("membre d’une association");
    }
}
