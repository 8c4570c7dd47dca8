using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Plan;

/// <summary>One need of an association: a template of a category it has not asked for yet, filled in and varied.</summary>
public static class NeedGenerator
{
    private static readonly (NeedFormat Value, double Weight)[] Formats =
        [(NeedFormat.OneOffMission, 45), (NeedFormat.LongTerm, 20), (NeedFormat.SkillsSponsorship, 20), (NeedFormat.ProBono, 15)];

    private static readonly (WorkMode Value, double Weight)[] WorkModes = [(WorkMode.Remote, 50), (WorkMode.Hybrid, 30), (WorkMode.OnSite, 20)];

    private static readonly (Urgency Value, double Weight)[] Urgencies =
        [(Urgency.Low, 20), (Urgency.Normal, 50), (Urgency.High, 22), (Urgency.Critical, 8)];

    private static readonly (int Value, double Weight)[] Levels = [(1, 20), (2, 45), (3, 27), (4, 8)];

    private static readonly string[] CancellationReasons =
    [
        "Une bénévole de l'association a finalement pris ce besoin en charge.",
        "Le projet est reporté à l'an prochain, faute de financement.",
        "Besoin regroupé avec une autre demande publiée par l'association.",
        "Notre fédération nous propose désormais un outil commun qui répond à ce besoin.",
    ];

    public static NeedPlan Create(int seed, AssociationPlan association, int number, IReadOnlyCollection<string> categoriesSoFar, DateOnly today)
    {
        var random = Seeds.For(seed, $"association/{association.Number}/need", number);
        var fresh = NeedTemplates.CategoryFrequency.Where(c => !categoriesSoFar.Contains(c.Value)).ToList();
        var category = random.Weighted(fresh.Count > 0 ? fresh : NeedTemplates.CategoryFrequency);
        var template = random.Pick(NeedTemplates.All.Where(t => t.Category == category).ToList());
        var cause = CauseTexts.For(association.Causes[0]);
        var english = random.Chance(cause.Cause == "humanitarian" ? 0.35 : 0.06);

        var format = random.Weighted(Formats);
        var workMode = random.Weighted(WorkModes);
        var urgency = random.Weighted(Urgencies);
        var effort = RoundHours(random.Between(template.MinHours, template.MaxHours));
        var deadline = today.AddDays(urgency switch
        {
            Urgency.Critical => random.Between(10, 30),
            Urgency.High => random.Between(21, 60),
            Urgency.Normal => random.Between(45, 150),
            _ => random.Between(90, 300),
        });
        var budget = template.Budget is { } model && random.Chance(model.Probability)
            ? random.Pick(model.UnitPrices) * random.Between(model.MinUnits, model.MaxUnits)
            : (decimal?)null;
        var sensitive = template.TouchesPersonalData && cause.HandlesSensitiveData && random.Chance(0.7);
        var skills = RequiredSkills(random, template, category);
        IReadOnlyList<string> languages = english
            ? (random.Chance(0.5) ? ["en"] : ["en", "fr"])
            : (random.Chance(0.15) ? ["fr", "en"] : ["fr"]);

        var city = association.City;
        var title = template.TitleFr;
        var description = english
            ? $"Our association {cause.DoesEn}. {template.GoalEn} {FormatEn(format, effort)} {WorkModeEn(workMode, city)}"
              + (budget is { } b ? $" Budget: {FrenchText.EurosInEnglish(b)} for {template.Budget!.ForEn}." : "")
              + (sensitive ? " The data concerns the people we support (health, social situation): discretion and GDPR compliance are a must." : "")
            : $"Notre association {cause.DoesFr}. {template.GoalFr} {FormatFr(format, effort)} {WorkModeFr(workMode, city)}"
              + (budget is { } c ? $" Budget demandé : {FrenchText.Euros(c)} pour {template.Budget!.ForFr}." : "")
              + (sensitive ? " Les données concernent les personnes que nous accompagnons (santé, situation sociale) : discrétion et respect du RGPD indispensables." : "");
        if (english)
        {
            title = template.TitleEn;
        }

        var fate = association.Review.Decision != ReviewDecision.Verify
            ? NeedFate.KeepDraft
            : random.Weighted<NeedFate>([(NeedFate.Publish, 80), (NeedFate.KeepDraft, 12), (NeedFate.Cancel, 8)]);

        return new NeedPlan(
            number, title.Replace("{city}", city, StringComparison.Ordinal), description.Replace("{city}", city, StringComparison.Ordinal),
            category, format, workMode, workMode == WorkMode.Remote ? null : new NeedPlace(association.Departement, city), effort, deadline, urgency,
            languages, skills, budget, sensitive, fate, fate == NeedFate.Cancel ? random.Pick(CancellationReasons) : null);
    }

    // The template's core skill (at least "autonomous"), one or two of its others, sometimes one more of the category.
    private static IReadOnlyList<SkillRequirement> RequiredSkills(Random random, NeedTemplate template, string category)
    {
        var ofCategory = Skills.ForCategory(category).Select(s => s.Slug).ToList();
        var known = template.Skills.Where(ofCategory.Contains).ToList();
        var slugs = known.Take(1).Concat(random.Several(known.Skip(1).ToList(), random.Between(1, 2))).ToList();
        if (slugs.Count == 0 || random.Chance(0.25))
        {
            slugs.AddRange(random.Several(ofCategory.Except(slugs).ToList(), 1));
        }

        return [.. slugs.Select((slug, i) => new SkillRequirement(slug, Math.Max(i == 0 ? 2 : 1, random.Weighted(Levels))))];
    }

    private static int RoundHours(int hours) => hours <= 12 ? hours : (int)(Math.Round(hours / 5.0) * 5);

    private static string FormatFr(NeedFormat format, int hours) => format switch
    {
        NeedFormat.OneOffMission => $"Mission ponctuelle d'environ {hours} heures.",
        NeedFormat.LongTerm => $"Accompagnement dans la durée : environ {hours} heures sur plusieurs mois.",
        NeedFormat.SkillsSponsorship => $"Idéal pour un mécénat de compétences : environ {hours} heures sur le temps de travail.",
        _ => $"Nous cherchons une prestation pro bono d'environ {hours} heures.",
    };

    private static string FormatEn(NeedFormat format, int hours) => format switch
    {
        NeedFormat.OneOffMission => $"A one-off mission of about {hours} hours.",
        NeedFormat.LongTerm => $"Ongoing support: about {hours} hours over several months.",
        NeedFormat.SkillsSponsorship => $"Well suited to skills-based sponsorship: about {hours} hours on company time.",
        _ => $"We are looking for a pro bono engagement of about {hours} hours.",
    };

    private static string WorkModeFr(WorkMode mode, string city) => mode switch
    {
        WorkMode.Remote => "À distance, avec un point en visio chaque semaine.",
        WorkMode.OnSite => $"Sur place, dans nos locaux {FrenchText.Of(city)}.",
        _ => $"En partie à distance, en partie dans nos locaux {FrenchText.Of(city)}.",
    };

    private static string WorkModeEn(WorkMode mode, string city) => mode switch
    {
        WorkMode.Remote => "Remote, with a weekly video call.",
        WorkMode.OnSite => $"On site, at our premises in {city}.",
        _ => $"Partly remote, partly at our premises in {city}.",
    };
}
