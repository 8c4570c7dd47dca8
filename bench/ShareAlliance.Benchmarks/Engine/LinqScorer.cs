using ShareAlliance.Matching.Engine;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Benchmarks.Engine;

/// <summary>
/// The baseline: the engine's score written the straightforward way, over the same facts as objects (lists of strings,
/// LINQ, the reference data's distance function), as a typical implementation would. Same rules, same figures: the
/// driver checks that both agree on a sample before timing them.
/// </summary>
internal static class LinqScorer
{
    public static float Score(NeedFacts need, VolunteerFacts volunteer, VolunteerLoad load, MatchingWeights w, DateOnly today)
    {
        if (volunteer.Paused
            || (need.Sensitive && !(volunteer.Verified && volunteer.AcceptsSensitiveNeeds))
            || load.HoursLeft <= 0
            || load.PendingProposals >= w.MaxPendingProposals
            || load.ProposalsThisWeek >= load.WeeklyCap
            || (volunteer.AvailableFrom is { } from && from > need.Deadline)
            || (volunteer.AvailableUntil is { } until && until < today))
        {
            return -1;
        }

        var required = need.RequiredSkills.GroupBy(s => s.Skill).Select(g => new { Skill = g.Key, Level = g.Max(s => s.Level) }).ToList();
        var full = required.Count(r => volunteer.Skills.Any(s => s.Skill == r.Skill && s.Level >= r.Level));
        var partial = required.Count(r => volunteer.Skills.Any(s => s.Skill == r.Skill && s.Level == r.Level - 1));
        if (required.Count > 0 && full + partial == 0)
        {
            return -1;
        }

        var place = Place(need, volunteer);
        if (place < 0)
        {
            return -1;
        }

        var days = Math.Max(1, need.Deadline.DayNumber - today.DayNumber + 1);
        var effortPerMonth = need.EffortHours * 30f / days;
        var needLanguages = need.Languages.Distinct().ToList();
        var start = Math.Max(volunteer.AvailableFrom?.DayNumber ?? int.MinValue, today.DayNumber);
        var end = Math.Min(volunteer.AvailableUntil?.DayNumber ?? int.MaxValue, need.Deadline.DayNumber);
        var terms = new (float Weight, float Fit)[]
        {
            (w.Skills, required.Count == 0 ? 1 : (full + (w.PartialCredit * partial)) / required.Count),
            (w.Hours, effortPerMonth <= 0 ? 1 : Math.Min(1f, load.HoursLeft / effortPerMonth)),
            (w.Place, place),
            (w.Language, needLanguages.Count == 0 ? 1 : (float)needLanguages.Count(l => volunteer.Languages.Contains(l)) / needLanguages.Count),
            (w.Cause, volunteer.Causes.Count == 0 ? w.NoPreference : volunteer.Causes.Intersect(need.Causes).Any() ? 1 : 0),
            (w.Category, volunteer.Categories.Count == 0 ? w.NoPreference : volunteer.Categories.Contains(need.Category) ? 1 : 0),
            (w.Deadline, Math.Clamp((end - start + 1) / (float)days, 0, 1)),
            (w.Fairness, 1f - (0.5f * load.PendingProposals / w.MaxPendingProposals) - (0.5f * load.ProposalsThisWeek / Math.Max(1, load.WeeklyCap))),
        };
        return terms.Sum(t => t.Weight * t.Fit) * 100 / terms.Sum(t => t.Weight);
    }

    private static float Place(NeedFacts need, VolunteerFacts volunteer)
    {
        if (need.Mode == WorkMode.Remote || need.Departement is null || !Places.IsKnownDepartement(need.Departement))
        {
            return volunteer.Mode == WorkMode.OnSite ? 0.5f : 1f;
        }

        var distance = volunteer.Mode == WorkMode.Remote || volunteer.Departement is null || !Places.IsKnownDepartement(volunteer.Departement)
            ? double.PositiveInfinity
            : Places.DistanceKm(volunteer.Departement, need.Departement);
        var radius = volunteer.RadiusKm ?? 0;
        if (distance <= radius)
        {
            return need.Mode == WorkMode.Hybrid ? 1f : 1f - (float)(0.5 * distance / Math.Max(radius, 1));
        }

        return need.Mode == WorkMode.Hybrid && volunteer.Mode != WorkMode.OnSite ? 0.5f : -1f;
    }
}
