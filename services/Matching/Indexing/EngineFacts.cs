using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Indexing;

/// <summary>Matching's read model as the engine weighs it; null when there is nothing to match (unknown, closed, withdrawn).</summary>
public static class EngineFacts
{
    public const string Published = "Published";

    public static Engine.NeedFacts? Need(KnownNeed known)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (known.Status != Published || known.Facts is not { } f)
        {
            return null;
        }

        var t = f.Terms;
        return new Engine.NeedFacts(
            known.Id, f.Category, [.. f.RequiredSkills.Select(s => new SkillAt(s.Skill, s.MinimumLevel))], Mode(t.WorkMode), t.Departement,
            t.EffortHours, t.Deadline, Enum.TryParse<Urgency>(t.Urgency, out var urgency) ? urgency : Urgency.Normal, t.Languages, f.Causes ?? [], t.Sensitive);
    }

    public static Engine.VolunteerFacts? Volunteer(KnownVolunteer known)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (known.Withdrawn || known.Facts is not { } f)
        {
            return null;
        }

        return new Engine.VolunteerFacts(
            known.Id, [.. f.Skills.Select(s => new SkillAt(s.Skill, s.Level))], f.HoursPerMonth, f.AvailableFrom, f.AvailableUntil, Mode(f.WorkMode),
            f.Departement, f.RadiusKm, f.Languages, f.Causes, f.Categories, f.AcceptsSensitiveNeeds, f.Verified, f.Paused,
            known.Employments.Count > 0 ? known.Employments[0].EmployerId : null);
    }

    public static int HoursPerMonth(KnownVolunteer? known) => known is { Withdrawn: false, Facts: { } f } ? f.HoursPerMonth : 0;

    private static WorkMode Mode(string mode) => Enum.TryParse<WorkMode>(mode, out var parsed) ? parsed : WorkMode.Remote;
}
