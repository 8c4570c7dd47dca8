using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Plan;

/// <summary>One association of the plan: who it is, where, its identifiers, what the coordinator decides, its needs.</summary>
public static class AssociationGenerator
{
    private static readonly (AssociationSize Value, double Weight)[] Sizes =
        [(AssociationSize.NoStaff, 45), (AssociationSize.Small, 33), (AssociationSize.Medium, 16), (AssociationSize.Large, 6)];

    public static AssociationPlan Create(int seed, int number, bool rejected, int needs, DateOnly today, ISet<string> takenNames)
    {
        var random = Seeds.For(seed, "association", number);
        // Quotas by number, so that every alliance of 10 or more shows Alsace-Moselle and a review queue whatever the seed.
        var departement = Geography.Departement(random, inAlsaceMoselle: number % 20 == 7);
        var city = Geography.Town(random, departement);
        var cause = random.Weighted(CauseTexts.Frequency);
        var causes = new[] { cause }.Concat(random.Several(Causes.All.Select(c => c.Code).Where(c => c != cause).ToList(), random.Between(0, 2))).ToList();
        var text = CauseTexts.For(cause);
        var name = Name(random, text, city, number, takenNames);
        var size = random.Weighted(Sizes);

        var alsaceMoselle = AssociationPlan.InAlsaceMoselle(departement);
        var siren = random.Chance(size switch { AssociationSize.NoStaff => 0.15, AssociationSize.Small => 0.8, _ => 1 })
            ? Identifiers.Siren(random)
            : null;
        var siret = siren is not null && random.Chance(0.5) ? Identifiers.Siret(random, siren) : null;
        // Associations of Alsace-Moselle have no RNA; elsewhere nearly all do, and one without a SIREN must.
        var rna = !alsaceMoselle && (siren is null || random.Chance(0.9)) ? Identifiers.Rna(random, departement) : null;

        var founded = random.Between(1972, 2023);
        var description = $"L'association {name} {text.DoesFr} depuis {founded}. " + size switch
        {
            AssociationSize.NoStaff => $"Elle fonctionne uniquement grâce à {random.Between(6, 60)} bénévoles.",
            AssociationSize.Small => $"{random.Between(1, 9)} salarié(e)s et une trentaine de bénévoles.",
            AssociationSize.Medium => $"{random.Between(10, 49)} salarié(e)s et plus de cent bénévoles.",
            _ => $"{random.Between(50, 180)} salarié(e)s répartis sur plusieurs sites.",
        } + (alsaceMoselle ? " Association de droit local, inscrite au registre des associations du tribunal judiciaire." : "");

        var review = Review(number, rejected, rna, siren, alsaceMoselle);
        var association = new AssociationPlan(
            number, DemoEmails.AssociationMember(number), name, rna, siren, siret, causes, departement, city, size, description, review, []);
        var categories = new List<string>();
        var plans = new List<NeedPlan>(needs);
        for (var k = 1; k <= needs; k++)
        {
            var need = NeedGenerator.Create(seed, association, k, categories, today);
            categories.Add(need.Category);
            plans.Add(need);
        }

        return association with { Needs = plans };
    }

    // Names are unique in the alliance, as in a prefecture's registry: draw again, then make it unique with the number.
    private static string Name(Random random, CauseText text, string city, int number, ISet<string> takenNames)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var name = random.Chance(0.7) ? $"{random.Pick(text.Names)} {FrenchText.Of(city)}" : random.Pick(text.Names);
            if (takenNames.Add(name))
            {
                return name;
            }
        }

        var numbered = $"{text.Names[0]} {FrenchText.Of(city)} {number}";
        takenNames.Add(numbered);
        return numbered;
    }

    private static ReviewPlan Review(int number, bool rejected, string? rna, string? siren, bool alsaceMoselle)
    {
        if (rejected)
        {
            return new(ReviewDecision.Reject, rna is not null
                ? $"Le numéro RNA {rna} ne correspond à aucune association active au répertoire national des associations. "
                  + "Merci de vérifier le numéro ou de nous transmettre le récépissé de déclaration en préfecture."
                : "Nous n'avons pas pu vérifier l'inscription de l'association : merci de nous transmettre l'extrait du registre "
                  + "des associations du tribunal judiciaire (ou votre avis de situation SIRENE).");
        }

        // Without RNA nor SIREN, an association of Alsace-Moselle waits for a coordinator to check the court's registry.
        return number % 10 == 0 || (alsaceMoselle && rna is null && siren is null)
            ? new(ReviewDecision.Leave, null)
            : new(ReviewDecision.Verify, null);
    }
}
