using System.Globalization;

namespace ShareAlliance.Matching.Engine;

public enum SkillMatch
{
    Covered,
    OneLevelBelow,
    Missing,
}

/// <summary>A required skill, the minimum level asked, the level the volunteer holds (0: none) and what that counts for.</summary>
public sealed record SkillReason(string Skill, int MinimumLevel, int Level, SkillMatch Match);

/// <summary>One term of the score: its fit (0–1), the most points it can give, and the points it gave.</summary>
public sealed record ScoreTerm(string Name, float Fit, float MaxPoints, float Points);

/// <summary>
/// Why a volunteer scores what they score for a need. <see cref="Score"/> is the kernel's own result (-1: excluded, with
/// <see cref="Excluded"/> saying by what); the terms' points add up to it.
/// </summary>
public sealed record MatchExplanation(
    float Score,
    string? Excluded,
    IReadOnlyList<SkillReason> Skills,
    IReadOnlyList<ScoreTerm> Terms,
    int HoursLeftPerMonth,
    float EffortHoursPerMonth,
    WorkMode NeedMode,
    float? DistanceKm,
    IReadOnlyList<string> SharedLanguages)
{
    public int Covered => Skills.Count(s => s.Match == SkillMatch.Covered);

    /// <summary>The reasons in plain words (English; the service may translate them from the fields).</summary>
    public IReadOnlyList<string> Sentences()
    {
        var sentences = new List<string>();
        if (Excluded is not null)
        {
            sentences.Add($"not proposed: {Excluded}");
        }

        if (Skills.Count > 0)
        {
            sentences.Add(string.Create(CultureInfo.InvariantCulture, $"covers {Covered} of {Skills.Count} required skills"));
        }

        sentences.AddRange(Skills.Select(s => s.Match switch
        {
            SkillMatch.Covered => string.Create(CultureInfo.InvariantCulture, $"{s.Skill} level {s.Level} (asked {s.MinimumLevel})"),
            SkillMatch.OneLevelBelow => string.Create(CultureInfo.InvariantCulture, $"{s.Skill} level {s.Level}, one below the {s.MinimumLevel} asked (half credit)"),
            _ => s.Level == 0 ? $"{s.Skill} missing" : string.Create(CultureInfo.InvariantCulture, $"{s.Skill} level {s.Level}, asked {s.MinimumLevel}: missing"),
        }));
        sentences.Add(string.Create(CultureInfo.InvariantCulture, $"{HoursLeftPerMonth} h/month free for about {EffortHoursPerMonth:0.#} h/month needed"));
        sentences.Add(NeedMode == WorkMode.Remote
            ? "remote"
            : DistanceKm is { } km ? string.Create(CultureInfo.InvariantCulture, $"{NeedMode}, {km:0} km away") : $"{NeedMode}, no place given");
        sentences.Add(SharedLanguages.Count == 0 ? "no shared language" : $"works in {string.Join(", ", SharedLanguages)}");
        return sentences;
    }
}

public static class Explainer
{
    /// <summary>Every reason behind <see cref="Scorer.Score"/> for the pair, from the same term functions.</summary>
    public static MatchExplanation Explain(NeedQuery q, VolunteerIndex v, int slot)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(v);
        var skills = new List<SkillReason>();
        for (var i = 0; i < q.SkillNumbers.Length; i++)
        {
            var level = v.LevelAt(slot, q.SkillNumbers[i]);
            var minimum = q.MinimumLevels[i];
            var match = level >= minimum ? SkillMatch.Covered : level > 0 && level == minimum - 1 ? SkillMatch.OneLevelBelow : SkillMatch.Missing;
            skills.Add(new SkillReason(v.Skills.Slug(q.SkillNumbers[i]), minimum, level, match));
        }

        var (full, partial) = Scorer.Coverage(q, v, slot);
        var coverage = q.Required == 0 ? 1f : Scorer.CoverageFit(q, full, partial);
        var place = Scorer.PlaceFit(q, v, slot);
        var fits = new (string Name, float Fit, float Max)[]
        {
            ("skills", coverage, q.SkillPoints),
            ("hours", Scorer.HoursFit(q, v, slot), q.HoursPoints),
            ("place", Math.Max(place, 0), q.PlacePoints),
            ("language", Scorer.LanguageFit(q, v, slot), q.LanguagePoints),
            ("cause", Scorer.PreferenceFit(q.Causes, v.CauseBits[slot], q.NoPreference), q.CausePoints),
            ("category", Scorer.PreferenceFit(q.Category, v.CategoryBits[slot], q.NoPreference), q.CategoryPoints),
            ("deadline", Scorer.DeadlineFit(q, v, slot), q.DeadlinePoints),
            ("fairness", Scorer.FairnessFit(q, v, slot), q.FairnessPoints),
        };
        var terms = fits.Select(f => new ScoreTerm(f.Name, f.Fit, f.Max, f.Fit * f.Max)).ToList();
        var distance = q.Place == PlaceTable.None || v.Place[slot] == PlaceTable.None ? (float?)null : q.Distances[v.Place[slot]];
        return new MatchExplanation(
            Scorer.Score(q, v, slot),
            Exclusion(q, v, slot, full + partial, place),
            skills,
            terms,
            v.HoursLeft[slot],
            q.InverseEffortPerMonth == 0 ? 0 : 1 / q.InverseEffortPerMonth,
            q.Mode,
            distance,
            v.Languages.Codes(q.Languages & v.LanguageBits[slot]));
    }

    private static string? Exclusion(NeedQuery q, VolunteerIndex v, int slot, int held, float place)
    {
        var flags = v.Flags[slot];
        return (flags & VolunteerIndex.Removed) != 0 ? "no longer available"
            : (flags & VolunteerIndex.Paused) != 0 ? "paused"
            : q.Sensitive && (flags & VolunteerIndex.Verified) == 0 ? "sensitive need: volunteer not verified"
            : q.Sensitive && (flags & VolunteerIndex.AcceptsSensitive) == 0 ? "sensitive need: volunteer does not accept them"
            : v.HoursLeft[slot] == 0 ? "no hours left"
            : v.Pending[slot] >= q.MaxPending ? "too many proposals awaiting an answer"
            : v.ThisWeek[slot] >= v.WeeklyCap[slot] ? "weekly proposal cap reached"
            : v.From[slot] > q.Deadline || v.Until[slot] < q.Today ? "not available before the deadline"
            : q.Required > 0 && held == 0 ? "holds none of the required skills"
            : place < 0 ? "on-site need beyond the volunteer's radius"
            : null;
    }
}
