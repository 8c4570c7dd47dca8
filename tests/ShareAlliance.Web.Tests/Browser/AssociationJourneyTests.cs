using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>
/// An association member in the browser: registers the association (identifiers checked as typed), waits for the
/// coordinator, posts a need with skills from the catalogue (searched in English too), follows it, finds it in the
/// association's list of needs and edits it.
/// </summary>
[Collection(nameof(PublishingPlatformGroup))]
public sealed class AssociationJourneyTests(WebPlatform platform)
{
    [Fact]
    public async Task AssociationMember_RegistersTheAssociationAndPostsANeedWithSkillsFromTheCatalogue_InFrench()
    {
        var email = await platform.NewPersonAsync("association_member");
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, email);

        await page.GetByRole(AriaRole.Link, new() { Name = "Mon association" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Inscrire mon association" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inscrire mon association");
        await page.InteractiveAsync();

        // Identifiers are checked as they are typed, with the API's rules, and the message is tied to its field.
        await page.GetByLabel("Numéro RNA").FillAsync("W12");
        await Expect(page.GetByLabel("Numéro RNA")).ToHaveAccessibleDescriptionAsync(new Regex("^Un numéro RNA s’écrit W suivi de 9 chiffres"));
        await page.GetByLabel("SIREN", new() { Exact = true }).FillAsync("732829321");
        await Expect(page.GetByLabel("SIREN", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.GetByLabel("SIREN", new() { Exact = true })).ToHaveAccessibleDescriptionAsync(new Regex("^Ce SIREN n’est pas valide"));
        await page.GetByLabel("SIREN", new() { Exact = true }).FillAsync("732829320");
        await Expect(page.GetByTestId("siren-ok")).ToHaveTextAsync("Numéro au bon format.");
        await page.GetByLabel("Numéro RNA").FillAsync("W751234567");
        await Expect(page.GetByTestId("rna-ok")).ToBeVisibleAsync();

        // Submitted incomplete: each missing field says so, and what was typed stays.
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire l’association" }).ClickAsync();
        await Expect(page.GetByTestId("form-error")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Nom de l’association")).ToHaveAccessibleDescriptionAsync("Ce champ est obligatoire.");
        await Expect(page.GetByLabel("Numéro RNA")).ToHaveValueAsync("W751234567");
        await page.ShouldBeAccessibleAsync("register an association, with errors");

        await page.GetByLabel("Nom de l’association").FillAsync("Les Ateliers du Lien");
        await page.GetByLabel("Département").SelectOptionAsync("69");
        await page.GetByLabel("Ville").FillAsync("Lyon");
        await page.GetByLabel("Taille").SelectOptionAsync("Small");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "register-association.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Inscrire l’association" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Les Ateliers du Lien");
        await Expect(page.GetByTestId("association-status")).ToHaveTextAsync("En attente de vérification");
        await page.ShouldBeAccessibleAsync("association");
        var associationId = Guid.Parse(new Uri(page.Url).Segments[^1]);

        await platform.VerifyAssociationAsync(associationId);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("association-status")).ToHaveTextAsync("Vérifiée");
        await page.InteractiveAsync();

        // Inviting a member: an address without an account is refused next to the field; a colleague's is added.
        await page.GetByLabel("Adresse e-mail du nouveau membre").FillAsync("nobody-here@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter ce membre" }).ClickAsync();
        await Expect(page.GetByLabel("Adresse e-mail du nouveau membre")).ToHaveAccessibleDescriptionAsync(new Regex("^Aucun compte confirmé n’a cette adresse"));
        var colleague = await platform.NewPersonAsync("association_member");
        await page.GetByLabel("Adresse e-mail du nouveau membre").FillAsync(colleague);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter ce membre" }).ClickAsync();
        await Expect(page.GetByTestId("member-added")).ToHaveTextAsync($"{colleague} est maintenant membre de l’association.");
        await page.ShouldBeAccessibleAsync("association with its members form");

        await page.GetByRole(AriaRole.Link, new() { Name = "Publier un besoin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Publier un besoin");
        await page.InteractiveAsync();

        await page.GetByLabel("Titre").FillAsync("Sauvegarder les postes de l’accueil");
        await page.GetByLabel("Catégorie").SelectOptionAsync("SECURITY");
        // The catalogue is searched in English as well as in French.
        await page.GetByLabel("Rechercher une compétence (en français ou en anglais)").FillAsync("backup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter : Sauvegardes" }).ClickAsync();
        await Expect(page.GetByTestId("chosen-skills")).ToContainTextAsync("Sauvegardes");
        await page.GetByLabel("Niveau minimum").SelectOptionAsync("2");
        await page.GetByLabel("Effort estimé (heures)").FillAsync("10");
        await page.GetByLabel("Échéance").FillAsync(DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ShouldBeAccessibleAsync("post a need");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "post-need.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Publier le besoin" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sauvegarder les postes de l’accueil");
        await Expect(page.GetByTestId("need-status")).ToHaveTextAsync("Ouvert");
        await Expect(page.GetByTestId("need-skills")).ToHaveTextAsync("Sauvegardes (niveau 2)");
        await page.InteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Bénévoles proposés" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync("a need of my association");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "association-need.png"), FullPage = true });

        // Published: the public catalogue shows it to everyone.
        await page.GetByRole(AriaRole.Link, new() { Name = "Voir la page publique du besoin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sauvegarder les postes de l’accueil");
        await Expect(page.GetByTestId("skills")).ToContainTextAsync("Sauvegardes — niveau 2 (autonome)");

        // The association's page lists its needs, with their status in plain words; one opens the need to edit it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Mon association" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Nos besoins" })).ToBeVisibleAsync();
        var row = page.GetByTestId("association-needs").GetByRole(AriaRole.Row).Filter(new() { HasText = "Sauvegarder les postes de l’accueil" });
        await Expect(row.GetByTestId("association-need-status")).ToHaveTextAsync("Ouvert");
        await page.ShouldBeAccessibleAsync("association with its needs");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "association-needs.png"), FullPage = true });
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sauvegarder les postes de l’accueil");
        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Modifier ce besoin" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Modifier le besoin");
        await page.InteractiveAsync();

        // Prefilled with the need as it is; the title and a skill change.
        await Expect(page.GetByLabel("Titre")).ToHaveValueAsync("Sauvegarder les postes de l’accueil");
        await Expect(page.GetByTestId("chosen-skills")).ToContainTextAsync("Sauvegardes");
        await page.GetByLabel("Titre").FillAsync("Sauvegarder et chiffrer les postes de l’accueil");
        await page.GetByLabel("Rechercher une compétence (en français ou en anglais)").FillAsync("wordpress");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter : WordPress" }).ClickAsync();
        await Expect(page.GetByTestId("chosen-skills")).ToContainTextAsync("WordPress");
        await page.ShouldBeAccessibleAsync("edit a need");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSignIn.Screenshots, "edit-need.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les modifications" }).ClickAsync();

        await Expect(page.GetByTestId("need-saved")).ToHaveTextAsync("Vos modifications sont enregistrées.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sauvegarder et chiffrer les postes de l’accueil");
        await Expect(page.GetByTestId("need-skills")).ToHaveTextAsync("Sauvegardes (niveau 2), WordPress (niveau 2)");
        await Expect(page.GetByTestId("need-status")).ToHaveTextAsync("Ouvert");
        await page.ShouldBeAccessibleAsync("a need of my association, edited");
        await page.GetByRole(AriaRole.Link, new() { Name = "Retour à l’association" }).ClickAsync();
        await Expect(page.GetByTestId("association-needs")).ToContainTextAsync("Sauvegarder et chiffrer les postes de l’accueil");
    }
    [Fact]
    public async Task AssociationMember_RegistersAndPostsANeed_InEnglish()
    {
        var email = await platform.NewPersonAsync("association_member");
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.InteractiveAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "My association" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Register my association" }).ClickAsync();
        await page.InteractiveAsync();
        await page.GetByLabel("SIRET (optional)").FillAsync("73282932000079");
        await Expect(page.GetByLabel("SIRET (optional)")).ToHaveAccessibleDescriptionAsync(new Regex("^This SIRET is not valid"));
        await page.GetByLabel("SIRET (optional)").FillAsync("");
        await page.GetByLabel("Name of the association").FillAsync("Digital Bridges");
        await page.GetByLabel("RNA number").FillAsync("W131234567");
        await page.GetByLabel("Département").SelectOptionAsync("13");
        await page.GetByLabel("City").FillAsync("Marseille");
        await page.GetByLabel("Size").SelectOptionAsync("NoStaff");
        await page.ShouldBeAccessibleAsync("register an association in English");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register the association" }).ClickAsync();

        await Expect(page.GetByTestId("association-status")).ToHaveTextAsync("Awaiting verification");
        await page.ShouldBeAccessibleAsync("association in English");
        await platform.VerifyAssociationAsync(Guid.Parse(new Uri(page.Url).Segments[^1]));
        await page.ReloadAsync();
        await Expect(page.GetByTestId("association-status")).ToHaveTextAsync("Verified");
        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Post a need" }).ClickAsync();
        await page.InteractiveAsync();

        await page.GetByLabel("Title").FillAsync("Newsletter for our members");
        await page.GetByLabel("Category").SelectOptionAsync("COMM");
        // Searched in French from the English page: the skill is named in English.
        await page.GetByLabel("Search a skill (in French or English)").FillAsync("sauvegarde");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add: Backups" }).ClickAsync();
        await page.GetByLabel("Estimated effort (hours)").FillAsync("6");
        await page.ShouldBeAccessibleAsync("post a need in English");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post the need" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Newsletter for our members");
        await Expect(page.GetByTestId("need-status")).ToHaveTextAsync("Open");
        await Expect(page.GetByTestId("need-skills")).ToHaveTextAsync("Backups (level 2)");
        await page.ShouldBeAccessibleAsync("a need of my association in English");

        // Its list, then the need edited.
        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the association" }).ClickAsync();
        var row = page.GetByTestId("association-needs").GetByRole(AriaRole.Row).Filter(new() { HasText = "Newsletter for our members" });
        await Expect(row.GetByTestId("association-need-status")).ToHaveTextAsync("Open");
        await page.ShouldBeAccessibleAsync("association with its needs in English");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.InteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit this need" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Edit the need");
        await page.InteractiveAsync();
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Newsletter for our members");
        await page.GetByLabel("Title").FillAsync("Monthly newsletter for our members");
        await page.ShouldBeAccessibleAsync("edit a need in English");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the changes" }).ClickAsync();

        await Expect(page.GetByTestId("need-saved")).ToHaveTextAsync("Your changes are saved.");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Monthly newsletter for our members");
        await page.ShouldBeAccessibleAsync("a need of my association, edited, in English");
    }

    [Fact]
    public async Task Volunteer_OpeningTheAssociationPages_IsToldTheyAreNotForTheirAccount()
    {
        var email = await platform.NewPersonAsync("volunteer");
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, email);

        await page.GotoAsync(new Uri(platform.Web.BaseAddress, "association/register").ToString());

        await Expect(page).ToHaveURLAsync(new Regex("/access-denied"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accès refusé");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Mon association" })).ToHaveCountAsync(0);
    }
}
