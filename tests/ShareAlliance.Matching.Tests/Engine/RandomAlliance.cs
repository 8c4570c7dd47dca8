using CsCheck;
using ShareAlliance.Matching.Engine;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Matching.Tests.Engine;

/// <summary>
/// Small random alliances for property tests: few distinct values (skills spread over several 64-skill words, three
/// places, two languages, hours in steps) so that equal scores, and so the tie-break, are common.
/// </summary>
internal sealed record RandomAlliance(VolunteerIndex Volunteers, NeedIndex Needs, DateOnly Today)
{
    public static readonly DateOnly Day = new(2026, 11, 24);

    private static readonly string[] SkillPool = [.. new[] { 0, 1, 63, 64, 65, 130, 200, 299 }.Select(i => Skills.All[i].Slug)];
    private static readonly string[] PlacePool = ["75", "92", "13"];
    private static readonly string[] CausePool = [.. Causes.All.Take(3).Select(c => c.Code)];
    private static readonly string[] CategoryPool = ["COMM", "DATA", "AI"];
    private static readonly Guid[] Employers = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    /// <summary>Volunteer and need counts, and a seed for their facts.</summary>
    public static Gen<RandomAlliance> Gen(int maxVolunteers = 300, int maxNeeds = 40) =>
        CsCheck.Gen.Select(CsCheck.Gen.Int[1, maxVolunteers], CsCheck.Gen.Int[1, maxNeeds], CsCheck.Gen.Int, (v, n, seed) => Build(v, n, seed));

    public static RandomAlliance Build(int volunteers, int needs, int seed)
    {
        var random = new Random(seed);
        var index = VolunteerIndex.ForCatalogue(16);
        for (var i = 0; i < volunteers; i++)
        {
            index.Upsert(Volunteer(random), new VolunteerLoad(random.Next(0, 5) * 10, random.Next(0, 4), random.Next(0, 3), 2));
        }

        // Some withdraw, so scans meet removed slots (and later volunteers reuse them).
        for (var i = 0; i < volunteers / 10; i++)
        {
            index.Remove(index.IdAt(random.Next(index.Count)));
        }

        var needIndex = new NeedIndex(index, MatchingWeights.Default);
        for (var i = 0; i < needs; i++)
        {
            needIndex.Upsert(Need(random), Day);
        }

        return new RandomAlliance(index, needIndex, Day);
    }

    public override string ToString() => $"{Volunteers.Active} volunteers, {Needs.Active} needs";

    private static VolunteerFacts Volunteer(Random random) => new(
        Guid.NewGuid(),
        [.. Pick(random, SkillPool, random.Next(0, 5)).Select(s => new SkillAt(s, random.Next(1, 5)))],
        random.Next(1, 5) * 10,
        random.Next(4) == 0 ? Day.AddDays(random.Next(-30, 90)) : null,
        random.Next(4) == 0 ? Day.AddDays(random.Next(0, 120)) : null,
        (WorkMode)random.Next(3),
        PlacePool[random.Next(PlacePool.Length)],
        random.Next(0, 4) * 50,
        Pick(random, ["fr", "en"], random.Next(1, 3)),
        Pick(random, CausePool, random.Next(0, 2)),
        Pick(random, CategoryPool, random.Next(0, 2)),
        random.Next(2) == 0,
        random.Next(2) == 0,
        random.Next(8) == 0,
        random.Next(4) == 0 ? null : Employers[random.Next(Employers.Length)]);

    private static NeedFacts Need(Random random) => new(
        Guid.NewGuid(),
        CategoryPool[random.Next(CategoryPool.Length)],
        [.. Pick(random, SkillPool, random.Next(0, 4)).Select(s => new SkillAt(s, random.Next(1, 5)))],
        (WorkMode)random.Next(3),
        PlacePool[random.Next(PlacePool.Length)],
        random.Next(1, 6) * 10,
        Day.AddDays(random.Next(0, 90)),
        (Urgency)random.Next(4),
        Pick(random, ["fr", "en"], random.Next(0, 3)),
        Pick(random, CausePool, random.Next(0, 3)),
        random.Next(5) == 0);

    private static List<string> Pick(Random random, string[] pool, int count) => [.. pool.OrderBy(_ => random.Next()).Take(count)];
}
