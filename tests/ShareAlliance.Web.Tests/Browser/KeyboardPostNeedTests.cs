using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>An association member who uses only the keyboard posts a need, skills picker included.</summary>
[Collection(nameof(PublishingPlatformGroup))]
public sealed class KeyboardPostNeedTests(WebPlatform platform)
{
    [Fact]
    public async Task KeyboardOnly_AnAssociationMemberPostsANeed()
    {
        var (email, associationId) = await platform.VerifiedAssociationMemberAsync("Clavier Solidaire");
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, email, returnPath: $"/association/{associationId}/needs/new");
        await Expect(page.Locator("h1")).ToBeFocusedAsync();

        // From the heading the router focused, every field in order, with Tab and typing only.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Titre")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Tableau de bord des adhésions");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Suivre les adhésions et les cotisations dans un tableau de bord.");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Catégorie")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("d"); // the first option starting with D: "Données & impact"
        await Expect(page.GetByLabel("Catégorie")).ToHaveValueAsync("DATA");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Rechercher une compétence (en français ou en anglais)")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("sql");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ajouter : SQL" })).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync(new Regex("^Ajouter : "));
        await page.Keyboard.PressAsync("Enter");
        // The chosen skill is listed and focus is back in the search field.
        await Expect(page.GetByTestId("chosen-skills").Locator("li")).ToHaveCountAsync(1);
        await Expect(page.GetByLabel("Rechercher une compétence (en français ou en anglais)")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Niveau minimum")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("3");
        await Expect(page.GetByLabel("Niveau minimum")).ToHaveValueAsync("3");

        await page.Keyboard.PressAsync("Tab"); // remove
        await page.Keyboard.PressAsync("Tab"); // format
        await page.Keyboard.PressAsync("Tab"); // work mode
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Effort estimé (heures)")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("15");
        // Deadline (two months ahead by default; Chromium tabs through its day, month and year), urgency, budget, then the button.
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Publier le besoin" });
        for (var presses = 0; presses < 8 && !await submit.EvaluateAsync<bool>("b => b === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publier le besoin" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableau de bord des adhésions");
        await Expect(page.GetByTestId("need-status")).ToHaveTextAsync("Ouvert");
        await Expect(page.GetByTestId("need-skills")).ToContainTextAsync("niveau 3");
    }
}
