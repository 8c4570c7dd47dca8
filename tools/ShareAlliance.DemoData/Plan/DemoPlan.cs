namespace ShareAlliance.DemoData.Plan;

/// <summary>
/// The whole demo alliance, decided before the first request: a pure function of the seed, the counts and the day
/// deadlines count from. Volunteers, employers and funders are further sections, each from its own seeds.
/// </summary>
public sealed record DemoPlan(
    int Seed, DateOnly Today, IReadOnlyList<AssociationPlan> Associations, IReadOnlyList<EmployerPlan> Employers, IReadOnlyList<VolunteerPlan> Volunteers,
    IReadOnlyList<FunderPlan> Funders)
{
    public static DemoPlan Create(int seed, int associations, int needsPerAssociation, DateOnly today, int volunteers = 0, int employers = 0, int funders = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(volunteers);
        ArgumentOutOfRangeException.ThrowIfNegative(employers);
        ArgumentOutOfRangeException.ThrowIfNegative(associations);
        ArgumentOutOfRangeException.ThrowIfNegative(needsPerAssociation);
        var rejected = RejectedNumber(seed, associations);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var plans = new List<AssociationPlan>(associations);
        for (var n = 1; n <= associations; n++)
        {
            plans.Add(AssociationGenerator.Create(seed, n, n == rejected, needsPerAssociation, today, names));
        }

        return new(
            seed, today, plans,
            [.. Enumerable.Range(1, employers).Select(n => EmployerGenerator.Create(seed, n, today))],
            [.. Enumerable.Range(1, volunteers).Select(n => VolunteerGenerator.Create(seed, n, employers))],
            FunderGenerator.Create(seed, funders, today));
    }

    public IEnumerable<NeedPlan> Needs => Associations.SelectMany(a => a.Needs);

    // One rejection in every alliance of 3 or more, among the first ten so that it does not move as the alliance grows.
    private static int RejectedNumber(int seed, int associations) =>
        associations < 3 ? 0 : 1 + (Seeds.Derive(seed, "rejected") % Math.Min(associations, 10));
}

/// <summary>The demo accounts' addresses: one pattern per kind of person, numbered from 1.</summary>
public static class DemoEmails
{
    public const string Domain = "sharealliance.local";

    public static string AssociationMember(int number) => $"demo+asso-{number}@{Domain}";

    public static string Funder(int number) => $"demo+funder-{number}@{Domain}";
    public static string Volunteer(int number) => $"demo+vol-{number}@{Domain}";

    public static string EmployerAdmin(int number) => $"demo+employer-{number}@{Domain}";
}
