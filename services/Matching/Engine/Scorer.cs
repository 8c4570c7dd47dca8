using System.Runtime.CompilerServices;

namespace ShareAlliance.Matching.Engine;

/// <summary>
/// The scoring kernel: hard filters, then points out of 100 for one (need, volunteer slot) pair. Skills come first and
/// alone, from bit operations, so that a search can bound the score before reading anything else.
/// </summary>
public static class Scorer
{
    /// <summary>The pair's score, or -1 when a hard filter excludes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Score(NeedQuery q, VolunteerIndex v, int slot)
    {
        // Skills first: for most pairs one AND on the need's skill word already excludes them.
        var skills = SkillPoints(q, v, slot);
        if (skills < 0 || !Passes(q, v, slot))
        {
            return -1;
        }

        var place = PlaceFit(q, v, slot);
        return place < 0 ? -1 : skills + RestAfterSkills(q, v, slot, place);
    }

    /// <summary>Hard filters that need no skill: paused or removed, sensitive need, no hours left, fairness caps, dates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Passes(NeedQuery q, VolunteerIndex v, int slot)
    {
        var flags = v.Flags[slot];
        const byte both = VolunteerIndex.Verified | VolunteerIndex.AcceptsSensitive;
        return (flags & (VolunteerIndex.Paused | VolunteerIndex.Removed)) == 0
            && (!q.Sensitive || (flags & both) == both)
            && v.HoursLeft[slot] > 0
            && v.Pending[slot] < q.MaxPending
            && v.ThisWeek[slot] < v.WeeklyCap[slot]
            && v.From[slot] <= q.Deadline
            && v.Until[slot] >= q.Today;
    }

    /// <summary>Points for skill coverage, or -1 when the need requires skills and the volunteer holds none of them even one level below.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float SkillPoints(NeedQuery q, VolunteerIndex v, int slot)
    {
        if (q.Required == 0)
        {
            return q.SkillPoints;
        }

        var (full, partial) = Coverage(q, v, slot);
        return full + partial == 0 ? -1 : q.SkillPoints * CoverageFit(q, full, partial);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float CoverageFit(NeedQuery q, int full, int partial) => (full + (q.PartialCredit * partial)) * q.InverseRequired;

    /// <summary>Required skills held at the minimum level or above (full), and held exactly one level below (partial).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (int Full, int Partial) Coverage(NeedQuery q, VolunteerIndex v, int slot)
    {
        int full = 0, partial = 0;
        var words = q.Words;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var has = v.Has[w][slot];
            var held = has & q.Any[i];
            while (held != 0)
            {
                var bit = held & (~held + 1);
                held &= held - 1;
                var level = v.LevelOf(slot, w, has, bit);
                var minimum = (q.AtLeast4[i] & bit) != 0 ? 4 : (q.AtLeast3[i] & bit) != 0 ? 3 : (q.AtLeast2[i] & bit) != 0 ? 2 : 1;
                if (level >= minimum)
                {
                    full++;
                }
                else if (level == minimum - 1)
                {
                    partial++;
                }
            }
        }

        return (full, partial);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float RestAfterSkills(NeedQuery q, VolunteerIndex v, int slot, float place) => Rest(
        q, HoursFit(q, v, slot), place, LanguageFit(q, v, slot), PreferenceFit(q.Causes, v.CauseBits[slot], q.NoPreference),
        PreferenceFit(q.Category, v.CategoryBits[slot], q.NoPreference), DeadlineFit(q, v, slot), FairnessFit(q, v, slot));

    /// <summary>The terms after skills, each 0–1, as points: one expression, used by the kernel, the bound and the reasons.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float Rest(NeedQuery q, float hours, float place, float language, float cause, float category, float deadline, float fairness) =>
        (q.HoursPoints * hours) + (q.PlacePoints * place) + (q.LanguagePoints * language) + (q.CausePoints * cause)
        + (q.CategoryPoints * category) + (q.DeadlinePoints * deadline) + (q.FairnessPoints * fairness);

    /// <summary>Hours a month left against the effort a month the deadline asks for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float HoursFit(NeedQuery q, VolunteerIndex v, int slot) =>
        q.InverseEffortPerMonth == 0 ? 1 : Math.Min(1f, v.HoursLeft[slot] * q.InverseEffortPerMonth);

    /// <summary>
    /// 1 for remote work (½ for a volunteer who only works on site); on site, 1 at the need's place down to ½ at the
    /// volunteer's radius and -1 (excluded) beyond; hybrid, 1 within the radius and ½ beyond.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float PlaceFit(NeedQuery q, VolunteerIndex v, int slot)
    {
        var mode = (WorkMode)v.Mode[slot];
        if (q.Mode == WorkMode.Remote || q.Place == PlaceTable.None)
        {
            return mode == WorkMode.OnSite ? 0.5f : 1f;
        }

        var from = v.Place[slot];
        float distance = from == PlaceTable.None ? float.PositiveInfinity : q.Distances[from];
        float radius = v.RadiusKm[slot];
        if (distance <= radius)
        {
            return q.Mode == WorkMode.Hybrid ? 1f : 1f - (0.5f * distance / Math.Max(radius, 1f));
        }

        return q.Mode == WorkMode.Hybrid && mode != WorkMode.OnSite ? 0.5f : -1f;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float LanguageFit(NeedQuery q, VolunteerIndex v, int slot) =>
        q.Languages == 0 ? 1f : ulong.PopCount(q.Languages & v.LanguageBits[slot]) * q.InverseLanguages;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float PreferenceFit(ulong need, ulong preferred, float noPreference) =>
        preferred == 0 ? noPreference : (need & preferred) != 0 ? 1f : 0f;

    /// <summary>Share of the days from today to the deadline in which the volunteer is available.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float DeadlineFit(NeedQuery q, VolunteerIndex v, int slot)
    {
        var from = Math.Max(v.From[slot], q.Today);
        var until = Math.Min(v.Until[slot], q.Deadline);
        return Math.Clamp((until - from + 1) * q.InversePeriod, 0f, 1f);
    }

    /// <summary>1 for a volunteer with nothing pending and no proposal this week, down towards 0 as they near the caps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float FairnessFit(NeedQuery q, VolunteerIndex v, int slot) =>
        1f - (0.5f * v.Pending[slot] / q.MaxPending) - (0.5f * v.ThisWeek[slot] / Math.Max(1, (int)v.WeeklyCap[slot]));
}
