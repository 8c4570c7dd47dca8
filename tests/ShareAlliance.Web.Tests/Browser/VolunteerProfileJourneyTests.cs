using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>A volunteer's own page in the browser, against the real services: fill in a first profile, save it, find it kept; pause; enrol.</summary>
[Collection(nameof(WebPlatformGroup))]
public sealed class VolunteerProfileJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task NewVolunteer_FillsTheirProfileWithCatalogueSkills_SavesIt_AndFindsItKeptAfterAReload_InFrench()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, await platform.NewPersonAsync("volunteer"), returnPath: "/volunteer");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mon profil bénévole", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Mon profil bénévole" }))
            .ToBeVisibleAsync();
        await Expect(page.GetByTestId("first-profile")).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync("volunteer's first profile");

        await page.GetByLabel("Votre nom").FillAsync("Camille Martin");
        await page.GetByLabel("E-mail de contact (facultatif)").FillAsync("camille@");
        await page.GetByLabel("Rechercher une compétence (en français ou en anglais)").FillAsync("sauvegarde");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter : Sauvegardes" }).ClickAsync();
        await page.GetByLabel("Rechercher une compétence (en français ou en anglais)").FillAsync("wordpress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter : WordPress" }).First.ClickAsync();
        await page.Locator("#level-security\\.backups").SelectOptionAsync("3");
        await page.GetByLabel("Heures par mois que je peux donner").FillAsync("12");
        await page.GetByLabel("Disponible jusqu’au (facultatif)").FillAsync("2027-06-30");
        await page.GetByLabel("Les deux (à distance et sur place)").CheckAsync();
        await page.GetByLabel("Mon département", new() { Exact = true }).SelectOptionAsync("69");
        await page.GetByLabel("Distance que j’accepte de parcourir (km)").FillAsync("30");
        await page.GetByLabel("Anglais", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Éducation et formation").CheckAsync();
        await page.GetByLabel("Communication & visibilité").CheckAsync();

        // The API's refusal lands under its field; what was typed stays.
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon profil" }).ClickAsync();
        await Expect(page.Locator("#contactEmail")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#contactEmail-error")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("form-error")).ToContainTextAsync("Le formulaire contient des erreurs");
        await Expect(page.GetByLabel("Votre nom")).ToHaveValueAsync("Camille Martin");
        await page.ShouldBeAccessibleAsync("volunteer profile with an error");

        await page.GetByLabel("E-mail de contact (facultatif)").FillAsync("camille@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon profil" }).ClickAsync();
        await Expect(page.GetByTestId("profile-saved")).ToContainTextAsync(new Regex(@"^Profil enregistré le \d{2}/\d{2}/\d{4} \d{2}:\d{2}\.$"));
        await Expect(page.GetByTestId("hours-available")).ToHaveTextAsync("12 h");
        await Expect(page.GetByTestId("hours-free")).ToHaveTextAsync("12 h");
        await Expect(page.GetByTestId("no-commitments")).ToBeVisibleAsync();

        await page.ReloadAsync();
        await page.InteractiveAsync();
        await Expect(page.GetByLabel("Votre nom")).ToHaveValueAsync("Camille Martin");
        await Expect(page.GetByLabel("E-mail de contact (facultatif)")).ToHaveValueAsync("camille@example.org");
        await Expect(page.GetByTestId("chosen-skills")).ToContainTextAsync("Sauvegardes");
        await Expect(page.GetByTestId("chosen-skills")).ToContainTextAsync("WordPress");
        await Expect(page.Locator("#level-security\\.backups")).ToHaveValueAsync("3");
        await Expect(page.GetByLabel("Heures par mois que je peux donner")).ToHaveValueAsync("12");
        await Expect(page.GetByLabel("Disponible jusqu’au (facultatif)")).ToHaveValueAsync("2027-06-30");
        await Expect(page.GetByLabel("Les deux (à distance et sur place)")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Mon département", new() { Exact = true })).ToHaveValueAsync("69");
        await Expect(page.GetByLabel("Distance que j’accepte de parcourir (km)")).ToHaveValueAsync("30");
        await Expect(page.GetByLabel("Anglais", new() { Exact = true })).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Éducation et formation")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Communication & visibilité")).ToBeCheckedAsync();
        await Expect(page.GetByLabel("Espagnol", new() { Exact = true })).Not.ToBeCheckedAsync();
        await page.ShouldBeAccessibleAsync("volunteer profile");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "volunteer-profile.png"), FullPage = true });

        // Pause and resume move the profile's version on: the next save still goes through.
        await page.GetByRole(AriaRole.Button, new() { Name = "Mettre mon profil en pause" }).ClickAsync();
        await Expect(page.GetByTestId("participation-state")).ToHaveTextAsync("Votre profil est en pause : rien ne vous est proposé tant que vous ne le reprenez pas.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reprendre" }).ClickAsync();
        await Expect(page.GetByTestId("participation-state")).ToContainTextAsync("Votre profil est actif");
        await page.GetByLabel("Heures par mois que je peux donner").FillAsync("16");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer mon profil" }).ClickAsync();
        await Expect(page.GetByTestId("profile-saved")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("hours-available")).ToHaveTextAsync("16 h");

        // A code no programme has: said next to the code field.
        await page.GetByLabel("Code d’invitation").FillAsync("ZZZZZZZZZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rejoindre le programme" }).ClickAsync();
        await Expect(page.Locator("#invitationCode-error")).ToHaveTextAsync("Aucun programme n’a ce code : vérifiez-le auprès de votre employeur.");
        await Expect(page.GetByLabel("Code d’invitation")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.ShouldBeAccessibleAsync("volunteer profile, enrolment refused");
    }

    [Fact]
    public async Task NewVolunteer_InEnglish_FillsAndSavesTheirProfile()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, await platform.NewPersonAsync("volunteer"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My volunteer profile" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(platform.Web.BaseAddress, "volunteer").ToString());
        await page.InteractiveAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My volunteer profile", Level = 1 })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(page.Locator("#displayName-error")).ToHaveTextAsync("This field is required.");
        await Expect(page.Locator("#skills-error")).ToHaveTextAsync("Add at least one skill.");
        await page.ShouldBeAccessibleAsync("volunteer profile, English, with errors");

        await page.GetByLabel("Your name").FillAsync("Sam Taylor");
        await page.GetByLabel("Search a skill (in French or English)").FillAsync("backup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add: Backups" }).ClickAsync();
        await page.GetByLabel("Hours a month I can give").FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(page.GetByTestId("profile-saved")).ToContainTextAsync("Profile saved on");
        await Expect(page.GetByTestId("hours-available")).ToHaveTextAsync("6 h");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My hours and commitments" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync("volunteer profile, English");
    }
}
