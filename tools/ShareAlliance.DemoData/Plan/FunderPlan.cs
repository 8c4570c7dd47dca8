using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Plan;

/// <summary>One funding offer as its funder drafts it (the fields of POST /offers), and how many pledges it makes.</summary>
public sealed record OfferPlan(
    int Number,
    string Title,
    string Description,
    decimal TotalBudget,
    decimal MaximumPerNeed,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Departements,
    IReadOnlyList<string> Formats,
    DateOnly Deadline,
    IReadOnlyList<int> PledgeShares);

/// <summary>A funder (the fields of POST /funders), the demo person who registers it, and its offers.</summary>
public sealed record FunderPlan(int Number, string Name, string Type, string? Siren, string MemberEmail, IReadOnlyList<OfferPlan> Offers);

/// <summary>
/// Up to four funders, one of each kind, from their own seeds (so funder 2 is the same whatever the count). Each offer
/// pledges a few times; a pledge's share is the percentage of what the offer may still give the need it picks.
/// </summary>
public static class FunderGenerator
{
    public const int MaxFunders = 4;

    private static readonly (string Name, string Type, bool HasSiren, string[] Titles)[] Catalogue =
    [
        ("Fondation Numérique pour Tous", "Foundation", false,
            ["Équiper les petites associations", "Outils libres pour le quotidien associatif"]),
        ("Fonds de dotation Avenir Solidaire", "EndowmentFund", true,
            ["Données et mesure d'impact", "Sécurité numérique des associations"]),
        ("Octet & Compagnie — mécénat d'entreprise", "Company", true,
            ["Sites et outils de collecte", "Former les bénévoles au numérique"]),
        ("Région solidaire — fonds public pour le numérique associatif", "PublicBody", false,
            ["Numérique associatif en région", "Inclusion numérique de proximité"]),
    ];

    public static IReadOnlyList<FunderPlan> Create(int seed, int count, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxFunders);
        return [.. Enumerable.Range(1, count).Select(n => Funder(seed, n, today))];
    }

    private static FunderPlan Funder(int seed, int number, DateOnly today)
    {
        var random = Seeds.For(seed, "funder", number);
        var (name, type, hasSiren, titles) = Catalogue[number - 1];
        var siren = hasSiren ? Identifiers.Siren(random) : null;
        var offers = Enumerable.Range(1, random.Chance(0.5) ? 2 : 1)
            .Select(o => Offer(random, o, titles[o - 1], type == "PublicBody", today))
            .ToList();
        return new(number, name, type, siren, DemoEmails.Funder(number), offers);
    }

    private static OfferPlan Offer(Random random, int number, string title, bool territorial, DateOnly today)
    {
        var categories = random.Several([.. NeedCategories.All.Select(c => c.Code)], random.Between(4, 7));
        // A public body funds its territory: one metropolitan région (codes of two digits from 11 up).
        var regions = territorial ? [random.Pick([.. Places.Regions.Where(r => string.CompareOrdinal(r.Code, "11") >= 0).Select(r => r.Code)])] : new List<string>();
        var total = random.Between(10, 40) * 500m;
        var maximum = Math.Min(total, random.Between(2, 8) * 250m);
        var shares = Enumerable.Range(0, random.Between(2, 5)).Select(_ => random.Between(4, 10) * 10).ToList();
        var description = $"{title} : licences, hébergement et matériel payés aux associations ({string.Join(", ", categories)}).";
        return new(number, title, description, total, maximum, categories, [], regions, [], [], today.AddMonths(random.Between(4, 9)), shares);
    }
}
