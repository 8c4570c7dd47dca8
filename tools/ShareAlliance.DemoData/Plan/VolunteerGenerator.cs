using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Plan;

/// <summary>
/// Volunteers as tech employees describe themselves: a persona (what their job is) gives their main skills, at a level
/// between advanced and expert, and a few neighbouring ones at lower levels; hours, place and languages as people give them.
/// </summary>
public static class VolunteerGenerator
{
    private sealed record Persona(string Name, string[] Main, string[] Side, string[] Categories);

    private static readonly Persona[] Personas =
    [
        new("développeuse web", ["dev.javascript", "web.frontend", "dev.react"], ["web.wordpress", "web.seo", "dev.git", "dev.api-design", "web.responsive"], ["COMM", "SERVICES"]),
        new("analyste de données", ["data.sql", "data.dashboards", "data.python-data"], ["data.power-bi", "data.metabase", "data.cleansing", "data.online-surveys", "data.statistics"], ["DATA", "ADMIN"]),
        new("designer UX", ["design.ux", "design.figma", "design.ui"], ["design.visual-identity", "design.user-research", "design.prototyping", "web.wordpress"], ["COMM", "SERVICES"]),
        new("ingénieur sécurité", ["security.cybersecurity", "security.backups", "security.gdpr"], ["security.mfa", "security.audit", "security.awareness-training", "security.password-management"], ["SECURITY"]),
        new("chargée de communication", ["comm.social-media", "comm.newsletter", "comm.web-copywriting"], ["comm.video-editing", "crm.emailing", "design.canva", "comm.storytelling"], ["COMM", "NETWORK", "FUNDING"]),
        new("consultant IA", ["ai.prompting", "ai.no-code-automation", "ai.usage-charter"], ["ai.llm-integration", "ai.responsible-ai", "dev.python", "ai.team-upskilling"], ["AI", "TRAINING", "STRATEGY"]),
        new("consultante ERP et CRM", ["crm.crm-software", "admin.nonprofit-accounting", "crm.membership-database"], ["admin.dolibarr", "crm.civicrm", "admin.membership-dues", "crm.emailing"], ["ADMIN", "NETWORK"]),
        new("développeur back-end", ["dev.csharp", "dev.api-design", "data.postgresql"], ["dev.aspnet", "dev.software-testing", "dev.git", "data.database-design"], ["SERVICES", "DATA"]),
    ];

    private static readonly string[] FirstNames =
        ["Camille", "Léa", "Hugo", "Inès", "Lucas", "Manon", "Yanis", "Chloé", "Nathan", "Sarah", "Karim", "Julie", "Thomas", "Aïcha", "Maxime", "Emma", "Samir", "Laura", "Antoine", "Fatou"];

    private static readonly string[] LastNames =
        ["Martin", "Bernard", "Dubois", "Durand", "Moreau", "Laurent", "Simon", "Michel", "Lefebvre", "Garcia", "Roux", "Benali", "Fontaine", "Nguyen", "Diallo", "Mercier"];

    private static readonly (int Value, double Weight)[] Hours = [(4, 20), (6, 15), (8, 20), (10, 12), (12, 10), (16, 8), (20, 8), (30, 4), (40, 3)];

    private static readonly (WorkMode Value, double Weight)[] Modes = [(WorkMode.Remote, 45), (WorkMode.Hybrid, 40), (WorkMode.OnSite, 15)];

    public static VolunteerPlan Create(int seed, int number, int employers)
    {
        var random = Seeds.For(seed, "volunteer", number);
        var persona = Personas[(number - 1 + Seeds.Derive(seed, "personas")) % Personas.Length];
        var skills = persona.Main.Take(random.Between(2, 3)).Select((s, i) => new SkillLevelPlan(s, i == 0 ? random.Between(3, 4) : random.Between(2, 4)))
            .Concat(random.Several(persona.Side, random.Between(1, 3)).Select(s => new SkillLevelPlan(s, random.Between(1, 3))))
            .ToList();
        var mode = random.Weighted(Modes);
        var languages = new List<string> { "fr" };
        if (random.Chance(0.55))
        {
            languages.Add("en");
        }

        if (random.Chance(0.1))
        {
            languages.Add(random.Pick(["es", "de", "it", "ar"]));
        }

        var causes = random.Several(Causes.All.Select(c => c.Code).ToList(), random.Between(0, 2));
        var categories = random.Several(persona.Categories, random.Between(1, persona.Categories.Length));
        // One volunteer in three gives hours under an employer's programme (mécénat de compétences).
        int? employer = employers > 0 && number % 3 == 1 ? 1 + (number / 3 % employers) : null;
        return new(
            number, DemoEmails.Volunteer(number), $"{random.Pick(FirstNames)} {random.Pick(LastNames)}", persona.Name, skills, random.Weighted(Hours),
            mode, Geography.Departement(random), mode == WorkMode.Remote ? null : random.Pick([10, 20, 30, 50, 80]), languages, causes, categories,
            random.Chance(0.3), employer);
    }
}

/// <summary>A few companies running programmes, with SIRETs that pass the check and turnovers from an SME to a large group.</summary>
public static class EmployerGenerator
{
    private static readonly (string Name, string Turnover)[] Companies =
    [
        ("Octet Conseil", "UpTo10M"),
        ("Groupe Hexagone Numérique", "UpTo1500M"),
        ("Lumen Data", "UpTo50M"),
        ("Atelier Logiciel Rhône", "UpTo2M"),
        ("Banque Solidaire de l'Ouest", "Above1500M"),
        ("Cloudéa", "UpTo250M"),
    ];

    public static EmployerPlan Create(int seed, int number, DateOnly today)
    {
        var random = Seeds.For(seed, "employer", number);
        var (name, turnover) = Companies[(number - 1) % Companies.Length];
        var companyName = number <= Companies.Length ? name : $"{name} {number}";
        var siret = Identifiers.Siret(random, Identifiers.Siren(random));
        var cap = random.Pick([40, 60, 80, 120]);
        var programme = new ProgrammePlan(
            $"Mécénat de compétences {today.Year}", cap * random.Between(10, 40), cap, new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31),
            random.Between(4_500, 9_000) / 100m);
        return new(number, DemoEmails.EmployerAdmin(number), companyName, siret, turnover, programme);
    }
}
