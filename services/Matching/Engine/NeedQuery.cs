namespace ShareAlliance.Matching.Engine;

/// <summary>
/// A need compiled for scoring against a <see cref="VolunteerIndex"/> on a given day: its required skills as one mask
/// per minimum level for each word they fall in, its place's distances to every département, and the weights pre-scaled
/// so that the score is a plain sum of points out of 100.
/// </summary>
public sealed class NeedQuery
{
    private NeedQuery(NeedFacts facts) => Facts = facts;

    public NeedFacts Facts { get; }

    public Guid Id => Facts.Id;

    internal int[] Words { get; private init; } = [];

    internal ulong[] Any { get; private init; } = [];

    internal ulong[] AtLeast2 { get; private init; } = [];

    internal ulong[] AtLeast3 { get; private init; } = [];

    internal ulong[] AtLeast4 { get; private init; } = [];

    /// <summary>Required skills (numbers) and their minimum levels, in the need's order: for reasons.</summary>
    internal int[] SkillNumbers { get; private init; } = [];

    internal byte[] MinimumLevels { get; private init; } = [];

    internal int Required { get; private init; }

    internal float InverseRequired { get; private init; }

    internal float InverseEffortPerMonth { get; private init; }

    internal WorkMode Mode { get; private init; }

    internal byte Place { get; private init; }

    internal float[] Distances { get; private init; } = [];

    internal ulong Languages { get; private init; }

    internal float InverseLanguages { get; private init; }

    internal ulong Causes { get; private init; }

    internal ulong Category { get; private init; }

    internal int Today { get; private init; }

    internal int Deadline { get; private init; }

    internal float InversePeriod { get; private init; }

    internal bool Sensitive { get; private init; }

    internal int MaxPending { get; private init; }

    internal float PartialCredit { get; private init; }

    internal float NoPreference { get; private init; }

    internal float SkillPoints { get; private init; }

    internal float HoursPoints { get; private init; }

    internal float PlacePoints { get; private init; }

    internal float LanguagePoints { get; private init; }

    internal float CausePoints { get; private init; }

    internal float CategoryPoints { get; private init; }

    internal float DeadlinePoints { get; private init; }

    internal float FairnessPoints { get; private init; }

    /// <summary>The most the terms after skills can add, summed exactly as the scorer sums them: the pruning bound.</summary>
    internal float RestMax { get; private set; }

    public static NeedQuery Build(NeedFacts facts, VolunteerIndex index, MatchingWeights weights, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(weights);

        var required = facts.RequiredSkills
            .Select(s => (Number: index.Skills.Intern(s.Skill), Level: (byte)Math.Clamp(s.Level, 1, 4)))
            .Where(s => s.Number >= 0)
            .GroupBy(s => s.Number)
            .Select(g => (Number: g.Key, Level: g.Max(s => s.Level)))
            .ToArray();
        var words = required.Select(s => s.Number >> 6).Distinct().Order().ToArray();
        var masks = new ulong[5][];
        for (var level = 0; level < 5; level++)
        {
            masks[level] = new ulong[words.Length];
        }

        foreach (var (number, level) in required)
        {
            var w = Array.IndexOf(words, number >> 6);
            masks[level][w] |= 1UL << (number & 63);
            masks[0][w] |= 1UL << (number & 63);
        }

        var deadline = facts.Deadline.DayNumber;
        var start = today.DayNumber;
        var days = Math.Max(1, deadline - start + 1);
        var effortPerMonth = facts.EffortHours * 30f / days;
        var scale = 100f / weights.Total;
        var place = facts.Mode == WorkMode.Remote ? PlaceTable.None : index.Places.Number(facts.Departement);
        var languages = index.Languages.Set(facts.Languages);
        var query = new NeedQuery(facts)
        {
            Words = words,
            Any = masks[0],
            AtLeast2 = masks[2],
            AtLeast3 = masks[3],
            AtLeast4 = masks[4],
            SkillNumbers = [.. required.Select(s => s.Number)],
            MinimumLevels = [.. required.Select(s => s.Level)],
            Required = required.Length,
            InverseRequired = required.Length == 0 ? 0 : 1f / required.Length,
            InverseEffortPerMonth = effortPerMonth <= 0 ? 0 : 1f / effortPerMonth,
            Mode = facts.Mode,
            Place = place,
            Distances = place == PlaceTable.None ? [] : index.Places.From(place).ToArray(),
            Languages = languages,
            InverseLanguages = languages == 0 ? 0 : 1f / ulong.PopCount(languages),
            Causes = index.Causes.Set(facts.Causes),
            Category = index.Categories.Set([facts.Category]),
            Today = start,
            Deadline = deadline,
            InversePeriod = 1f / days,
            Sensitive = facts.Sensitive,
            MaxPending = weights.MaxPendingProposals,
            PartialCredit = weights.PartialCredit,
            NoPreference = weights.NoPreference,
            SkillPoints = weights.Skills * scale,
            HoursPoints = weights.Hours * scale,
            PlacePoints = weights.Place * scale,
            LanguagePoints = weights.Language * scale,
            CausePoints = weights.Cause * scale,
            CategoryPoints = weights.Category * scale,
            DeadlinePoints = weights.Deadline * scale,
            FairnessPoints = weights.Fairness * scale,
        };
        query.RestMax = Scorer.Rest(query, 1, 1, 1, 1, 1, 1, 1);
        return query;
    }
}
