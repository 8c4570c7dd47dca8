using ShareAlliance.Benchmarks.Search;
using ShareAlliance.Matching.Engine;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Benchmarks.Engine;

/// <summary>
/// A synthetic alliance for the engine's kernels, from one seed: categories and départements weighted as the search
/// benchmark weighs them (SearchData), each volunteer 3–8 catalogue skills mostly from one or two categories' skills
/// (levels 1–4), 5–40 hours a month, a third remote only, 70 % employed by one of 500 companies; each need 1–4 skills of
/// its category at minimum level 2–3, 10–80 hours of effort, a deadline 2–26 weeks ahead, 40 % remote.
/// </summary>
internal sealed class EngineData(int seed)
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    private static readonly string[] Languages = ["fr", "en", "es", "de"];
    private static readonly Dictionary<string, string[]> SkillsByCategory = NeedCategories.All.ToDictionary(
        c => c.Code, c => Skills.ForCategory(c.Code).Select(s => s.Slug).DefaultIfEmpty(Skills.All[0].Slug).ToArray(), StringComparer.Ordinal);
    private static readonly string[] AllSkills = [.. Skills.All.Select(s => s.Slug)];
    private static readonly string[] CauseCodes = [.. Causes.All.Select(c => c.Code)];
    private static readonly Guid[] Employers = [.. Enumerable.Range(0, 500).Select(i => new Guid(i, 0, 0, new byte[8]))];

    private readonly Random random = new(seed);

    public (VolunteerFacts Facts, VolunteerLoad Load) Volunteer(int i)
    {
        var categories = new[] { Category(), Category() };
        var skills = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = random.Next(3, 9);
        while (skills.Count < count)
        {
            var pool = random.Next(10) == 0 ? AllSkills : SkillsByCategory[categories[random.Next(2)]];
            skills[pool[random.Next(pool.Length)]] = random.Next(100) switch { < 20 => 1, < 55 => 2, < 85 => 3, _ => 4 };
        }

        var mode = (WorkMode)random.Next(3);
        var facts = new VolunteerFacts(
            new Guid(i, 1, 1, new byte[8]),
            [.. skills.Select(s => new SkillAt(s.Key, s.Value))],
            random.Next(1, 9) * 5,
            random.Next(5) == 0 ? Today.AddDays(random.Next(0, 60)) : null,
            random.Next(5) == 0 ? Today.AddDays(random.Next(30, 365)) : null,
            mode,
            SearchData.Pick(random, SearchData.Departements),
            mode == WorkMode.Remote ? null : random.Next(1, 11) * 10,
            random.Next(3) == 0 ? ["fr", Languages[random.Next(1, Languages.Length)]] : ["fr"],
            random.Next(2) == 0 ? [] : [CauseCodes[random.Next(CauseCodes.Length)]],
            random.Next(2) == 0 ? [] : [categories[0]],
            random.Next(3) == 0,
            random.Next(2) == 0,
            random.Next(20) == 0,
            random.Next(10) < 7 ? Employers[random.Next(Employers.Length)] : null);
        var hours = facts.HoursPerMonth - (random.Next(4) == 0 ? random.Next(0, facts.HoursPerMonth + 1) : 0);
        return (facts, new VolunteerLoad(hours, random.Next(4) == 0 ? random.Next(0, 4) : 0, random.Next(5) == 0 ? random.Next(0, 3) : 0));
    }

    public NeedFacts Need(int i)
    {
        var category = Category();
        var pool = SkillsByCategory[category];
        var skills = Enumerable.Range(0, random.Next(1, 5)).Select(_ => pool[random.Next(pool.Length)]).Distinct(StringComparer.Ordinal)
            .Select(s => new SkillAt(s, random.Next(2, 4))).ToList();
        var mode = random.Next(10) < 4 ? WorkMode.Remote : random.Next(2) == 0 ? WorkMode.Hybrid : WorkMode.OnSite;
        return new NeedFacts(
            new Guid(i, 2, 2, new byte[8]),
            category,
            skills,
            mode,
            mode == WorkMode.Remote ? null : SearchData.Pick(random, SearchData.Departements),
            random.Next(1, 9) * 10,
            Today.AddDays(7 * random.Next(2, 27)),
            (Urgency)random.Next(4),
            random.Next(4) == 0 ? ["fr", "en"] : ["fr"],
            [CauseCodes[random.Next(CauseCodes.Length)]],
            random.Next(10) == 0);
    }

    /// <summary>An index of <paramref name="count"/> volunteers (sized exactly, as the service sizes it from its read model).</summary>
    public static VolunteerIndex Volunteers(int count, int seed, List<(VolunteerFacts, VolunteerLoad)>? keep = null)
    {
        var data = new EngineData(seed);
        var index = VolunteerIndex.ForCatalogue(count);
        for (var i = 0; i < count; i++)
        {
            var (facts, load) = data.Volunteer(i);
            index.Upsert(facts, load);
            keep?.Add((facts, load));
        }

        return index;
    }

    public static List<NeedFacts> Needs(int count, int seed)
    {
        var data = new EngineData(seed);
        return [.. Enumerable.Range(0, count).Select(data.Need)];
    }

    private string Category() => SearchData.Pick(random, SearchData.Categories);
}
