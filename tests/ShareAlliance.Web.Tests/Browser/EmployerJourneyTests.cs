using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>An employer's journey in the browser, against the real services: register the company, open a programme, see who enrolled.</summary>
[Collection(nameof(WebPlatformGroup))]
public sealed class EmployerJourneyTests(WebPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Employer_RegistersTheCompany_OpensAProgramme_AndSeesItsCodeEmployeesAndValuation_InFrench()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, await platform.NewPersonAsync("employer_admin"), returnPath: "/employer");

        // Registration: SIREN and SIRET checked as they are typed, with the API's rules.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Inscrire votre entreprise" })).ToBeVisibleAsync();
        await page.GetByLabel("Raison sociale").FillAsync("Octet & Cie");
        await page.Locator("#employer-siret").PressSequentiallyAsync("732 829 320 00079");
        await Expect(page.GetByText("Ce SIRET n’est pas valide : sa clé de contrôle ne correspond pas.")).ToBeVisibleAsync();
        await page.Locator("#employer-siren").PressSequentiallyAsync("552 100 554");
        await page.Locator("#employer-siret").FillAsync("732 829 320 00074");
        await Expect(page.GetByText("Le SIRET doit commencer par le SIREN.")).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync("employer registration");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "employer-registration.png"), FullPage = true });
        await page.Locator("#employer-siren").FillAsync("");
        await FunderJourneyTests.ChooseAsync(page, "employer-turnover", "De 10 à 50 M€");
        await page.GetByRole(AriaRole.Button, new() { Name = "S’inscrire" }).ClickAsync();
        await Expect(page.GetByTestId("employer-name")).ToHaveTextAsync("Octet & Cie", new() { Timeout = 30_000 });
        await page.InteractiveAsync();
        await page.ShouldBeAccessibleAsync("employer home");

        // A programme: the cap above the budget is the API's refusal, under its field; then a good one.
        await page.GetByLabel("Nom du programme").FillAsync("Octet solidaire 2027");
        await page.GetByLabel("Heures par an pour tout le programme").FillAsync("1200");
        await page.GetByLabel("Plafond d’heures par salarié et par an").FillAsync("2000");
        await page.GetByLabel("Début").FillAsync("2027-01-01");
        await page.GetByLabel("Fin").FillAsync("2027-12-31");
        await page.GetByLabel("Coût horaire moyen chargé (€)").FillAsync("55,50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le programme" }).ClickAsync();
        await Expect(page.Locator("#programme-hours-cap")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByTestId("form-problem")).ToContainTextAsync("Le formulaire contient des erreurs");
        await page.GetByLabel("Plafond d’heures par salarié et par an").FillAsync("80");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le programme" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/employer/programmes/[0-9a-f-]{36}$"));
        var code = await page.GetByTestId("invitation-code").TextContentAsync();
        code!.Trim().Length.ShouldBe(10);

        // An employee enrols with the code (in their own volunteer profile, through the API), and appears here.
        await EnrolAsync(code.Trim(), "Camille Martin");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("employees")).ToContainTextAsync("Camille Martin");
        await Expect(page.GetByTestId("total-hours")).ToHaveTextAsync(FunderJourneyTests.Spaced("Total : 0 h confirmées"));
        await Expect(page.GetByTestId("at-cap-total")).ToHaveTextAsync(FunderJourneyTests.Spaced("4 440,00 €"));
        await Expect(page.GetByTestId("at-cap-reduction")).ToHaveTextAsync(FunderJourneyTests.Spaced("2 664,00 €"));
        await page.ShouldBeAccessibleAsync("programme");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "employer-programme.png"), FullPage = true });
    }

    [Fact]
    public async Task Employer_InEnglish_SeesTheIdentifierRulesAndTheProgrammeInEnglish()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, await platform.NewPersonAsync("employer_admin"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "employer").ToString());
        await page.InteractiveAsync();

        await page.GetByLabel("Company name").FillAsync("Byte Partners");
        await page.Locator("#employer-siren").PressSequentiallyAsync("12345");
        await Expect(page.GetByText("A SIREN has 9 digits.")).ToBeVisibleAsync();
        await page.Locator("#employer-siren").FillAsync("732829320");
        await FunderJourneyTests.ChooseAsync(page, "employer-turnover", "Up to €2M");
        await page.ShouldBeAccessibleAsync("employer registration, English");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByTestId("employer-name")).ToHaveTextAsync("Byte Partners", new() { Timeout = 30_000 });
        await page.InteractiveAsync();

        await page.GetByLabel("Programme name").FillAsync("Byte gives back");
        await page.GetByLabel("Hours a year for the whole programme").FillAsync("400");
        await page.GetByLabel("Cap of hours per employee a year").FillAsync("40");
        await page.GetByLabel("From").FillAsync("2027-01-01");
        await page.GetByLabel("Until").FillAsync("2027-06-30");
        await page.GetByLabel("Average hourly cost with charges (€)").FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the programme" }).ClickAsync();

        await Expect(page.GetByTestId("invitation-code")).ToBeVisibleAsync();
        await Expect(page.GetByText("No employee enrolled yet.")).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync("programme, English");
    }

    // What an employee does in their volunteer profile: a profile, then the programme's code.
    private async Task EnrolAsync(string code, string name)
    {
        var (_, _, token) = await platform.Accounts.SignedInAsync("volunteer", Ct);
        using var volunteers = platform.Volunteers.CreateClient();
        volunteers.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await volunteers.PutAsJsonAsync("/volunteers/me", new
        {
            displayName = name,
            contactEmail = "camille.martin@example.org",
            skills = new[] { new { skill = "data.sql", level = 3 } },
            hoursPerMonth = 12,
            availableFrom = "2026-12-01",
            workMode = "Remote",
            languages = (string[])["fr"],
            causes = (string[])["digital-inclusion"],
            categories = (string[])["DATA"],
            acceptsSensitiveNeeds = false,
        }, Ct)).EnsureSuccessStatusCode();
        (await volunteers.PostAsJsonAsync("/programmes/enrol", new { code }, Ct)).EnsureSuccessStatusCode();
    }
}
