using System.Globalization;
using System.Net.Http.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Needs.Tests.Features.SearchNeeds;

/// <summary>A need as the test created it: what it expects the search to know, written down before asking.</summary>
public sealed record SeededNeed(
    Guid Id,
    string Category,
    WorkMode WorkMode,
    string? Departement,
    Urgency Urgency,
    NeedFormat Format,
    IReadOnlyList<string> Skills,
    DateOnly Deadline,
    NeedStatus Status,
    DateTimeOffset? PublishedAt,
    IReadOnlyList<string> Keywords)
{
    public string? Region => Departement is null ? null : Places.Departement(Departement)!.RegionCode;
}

/// <summary>
/// About a hundred needs from five verified associations, through the API, in every status: drafts and cancelled needs
/// (which must never be found), published ones (some edited since), and staffed, in progress, completed and expired
/// ones. Deterministic: the same seed gives the same alliance.
/// </summary>
public sealed class SeededNeeds : IAsyncLifetime
{
    // Title, description, and the words each is known to answer to (French, English, and a marker word per case).
    private static readonly (string Title, string Description, string[] Keywords)[] Texts =
    [
        ("Refonte du site de l'association", "Un site vitrine simple et accessible, mis à jour par les bénévoles.", ["site", "sites"]),
        ("Créer des sites pour nos antennes locales", "Trois petits sites régionaux avec la même charte graphique.", ["site", "sites"]),
        ("Formations au numérique pour les bénévoles", "Des ateliers pour prendre en main la messagerie et le partage de fichiers.", ["formation", "numerique"]),
        ("Tableau de bord d'impact", "Suivre nos indicateurs et produire le rapport annuel sans ressaisie.", ["impact"]),
        ("Sauvegardes et sécurité des données", "Mettre en place des sauvegardes régulières et chiffrées.", ["sauvegarde"]),
        ("Outil de gestion des adhésions", "Remplacer nos tableurs par un outil pour les adhésions et les cotisations.", ["adhesion"]),
        ("Digital training for our volunteers", "Hands-on training sessions on shared drives and video calls.", ["training"]),
        ("Rebuild our donation page", "A secure online donation form connected to our donor database.", ["donation"]),
        ("AI assistant usage charter", "Help us write a charter for the safe use of AI assistants by staff.", ["charter"]),
    ];

    private static readonly (string Title, string Description, string[] Keywords) Secret =
        ("Projet zéphyrine encore confidentiel", "Personne ne doit trouver la zéphyrine.", ["zephyrine"]);

    private static readonly (string Title, string Description, string[] Keywords) Edited =
        ("Nouvelle messagerie collaborative quetzal", "La messagerie quetzal remplace l'ancienne.", ["quetzal"]);

    private static readonly string[] Departements = ["75", "75", "92", "93", "69", "69", "38", "42", "01", "13", "33", "31", "59", "44", "67", "2A", "974"];

    private readonly NeedsFactory factory = new();

    public NeedsFactory Factory => factory;

    public IReadOnlyList<SeededNeed> Needs { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        await factory.InitializeAsync();
        var alliance = new Alliance(factory);
        var members = new List<Alliance.Member>();
        for (var i = 0; i < 5; i++)
        {
            members.Add(await alliance.AssociationAsync());
        }

        var random = new Random(20261124);
        var fates = Enumerable.Repeat("draft", 10).Concat(Enumerable.Repeat("draft-cancelled", 5)).Concat(Enumerable.Repeat("cancelled", 10))
            .Concat(Enumerable.Repeat(nameof(NeedStatus.Staffed), 10)).Concat(Enumerable.Repeat(nameof(NeedStatus.InProgress), 7))
            .Concat(Enumerable.Repeat(nameof(NeedStatus.Completed), 6)).Concat(Enumerable.Repeat(nameof(NeedStatus.Expired), 7))
            .Concat(Enumerable.Repeat("edited", 6)).Concat(Enumerable.Repeat(nameof(NeedStatus.Published), 44))
            .OrderBy(_ => random.Next()).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var needs = new List<SeededNeed>();
        foreach (var (fate, i) in fates.Select((f, i) => (f, i)))
        {
            needs.Add(await SeedAsync(members[i % members.Count], fate, random, today));
        }

        Needs = needs;
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();

    private async Task<SeededNeed> SeedAsync(Alliance.Member member, string fate, Random random, DateOnly today)
    {
        var category = NeedCategories.All[random.Next(NeedCategories.All.Count)].Code;
        var catalogue = Skills.ForCategory(category);
        var skills = catalogue.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(s => s.Slug).ToArray();
        var workMode = (WorkMode)random.Next(3);
        var departement = workMode == WorkMode.Remote ? null : Departements[random.Next(Departements.Length)];
        var text = fate.StartsWith("draft", StringComparison.Ordinal) || fate == "cancelled"
            ? (random.Next(2) == 0 ? Secret : Texts[random.Next(Texts.Length)])
            : Texts[random.Next(Texts.Length)];
        var urgency = (Urgency)random.Next(4);
        var format = (NeedFormat)random.Next(4);
        var deadline = today.AddDays(30 * random.Next(1, 5)); // four dates only: the sorts must break their ties
        var budget = random.Next(3) == 0 ? (decimal?)null : random.Next(10, 5000);

        var draft = await Alliance.DraftAsync(member, body =>
        {
            body["title"] = text.Title;
            body["description"] = text.Description;
            body["category"] = category;
            body["format"] = format.ToString();
            body["workMode"] = workMode.ToString();
            body["place"] = departement is null ? null : new { departement, city = "Ville" };
            body["effortHours"] = random.Next(5, 200);
            body["deadline"] = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            body["urgency"] = urgency.ToString();
            body["requiredSkills"] = skills.Select(s => new { skill = s, minimumLevel = random.Next(1, 5) }).ToArray();
            body["budget"] = budget;
        });
        var need = new SeededNeed(draft.Id, category, workMode, departement, urgency, format, skills, deadline, NeedStatus.Draft, null, text.Keywords);
        if (fate == "draft")
        {
            return need;
        }

        if (fate == "draft-cancelled")
        {
            await CancelAsync(member, draft.Id);
            return need with { Status = NeedStatus.Cancelled };
        }

        var published = await Post(member, $"/needs/{draft.Id}/publish");
        need = need with { Status = NeedStatus.Published, PublishedAt = published.PublishedAt };
        switch (fate)
        {
            case "cancelled":
                await CancelAsync(member, draft.Id);
                return need with { Status = NeedStatus.Cancelled };
            case "edited":
                var current = await Alliance.Read<NeedDetails>(await member.Client.GetAsync($"/needs/{draft.Id}", TestContext.Current.CancellationToken));
                var edit = Alliance.NeedBody(member.AssociationId);
                edit["title"] = Edited.Title;
                edit["description"] = Edited.Description;
                edit["category"] = category;
                edit["format"] = format.ToString();
                edit["workMode"] = workMode.ToString();
                edit["place"] = current.Place;
                edit["deadline"] = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                edit["urgency"] = urgency.ToString();
                edit["requiredSkills"] = current.RequiredSkills;
                (await member.Client.PutAsJsonAsync($"/needs/{draft.Id}", edit, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
                return need with { Keywords = Edited.Keywords };
            case nameof(NeedStatus.Staffed) or nameof(NeedStatus.InProgress) or nameof(NeedStatus.Completed):
                // No endpoint staffs a need: matching's confirmed proposals will. Appended as that consumer will append it.
                await AppendAsync(draft.Id, new NeedStaffed(draft.Id, DateTimeOffset.UtcNow));
                if (fate != nameof(NeedStatus.Staffed))
                {
                    await Post(member, $"/needs/{draft.Id}/start");
                }

                if (fate == nameof(NeedStatus.Completed))
                {
                    await Post(member, $"/needs/{draft.Id}/complete");
                }

                return need with { Status = Enum.Parse<NeedStatus>(fate) };
            case nameof(NeedStatus.Expired):
                // What the expiry job appends 40 days later (its own test moves a fake clock).
                await AppendAsync(draft.Id, new NeedExpired(draft.Id, DateTimeOffset.UtcNow));
                return need with { Status = NeedStatus.Expired };
            default:
                return need;
        }
    }

    private static async Task<NeedDetails> Post(Alliance.Member member, string path) =>
        await Alliance.Read<NeedDetails>(await member.Client.PostAsync(path, null, TestContext.Current.CancellationToken));

    private static async Task CancelAsync(Alliance.Member member, Guid id) =>
        (await member.Client.PostAsJsonAsync($"/needs/{id}/cancel", new { reason = "Plus d'actualité" }, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();

    private async Task AppendAsync(Guid id, object @event)
    {
        await using var session = factory.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.Append(id, @event);
        await session.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
