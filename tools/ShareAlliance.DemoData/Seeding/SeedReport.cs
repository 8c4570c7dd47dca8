using System.Collections.Concurrent;
using ShareAlliance.DemoData.Plan;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.DemoData.Seeding;

/// <summary>What the run did, counted as it goes (from several tasks at once), and the summary printed at the end.</summary>
public sealed class SeedReport
{
    private readonly ConcurrentDictionary<int, string> associationStatus = new();
    private readonly ConcurrentBag<string> needStatus = [];
    private int newAccounts;
    private int existingAccounts;
    private int earlierAssociations;
    private int earlierNeeds;
    private int skippedNeeds;
    private int funderAccounts;
    private int funders;
    private int earlierFunders;
    private int offers;
    private int earlierOffers;
    private readonly ConcurrentBag<(string Status, decimal Amount)> pledges = [];
    private int employers;
    private int earlierEmployers;
    private int volunteers;
    private int enrolled;
    private int earlierVolunteers;

    public void Account(bool isNew)
    {
        if (isNew)
        {
            Interlocked.Increment(ref newAccounts);
        }
        else
        {
            Interlocked.Increment(ref existingAccounts);
        }
    }

    public void Association(int number, string status, bool fromEarlierRun)
    {
        associationStatus[number] = status;
        if (fromEarlierRun)
        {
            Interlocked.Increment(ref earlierAssociations);
        }
    }

    public void Need(string status, bool fromEarlierRun)
    {
        needStatus.Add(status);
        if (fromEarlierRun)
        {
            Interlocked.Increment(ref earlierNeeds);
        }
    }

    public void FunderAccount(bool isNew)
    {
        if (isNew)
        {
            Interlocked.Increment(ref funderAccounts);
        }
    }

    public void Funder(bool fromEarlierRun) => Count(ref funders, ref earlierFunders, fromEarlierRun);

    public void Offer(bool fromEarlierRun) => Count(ref offers, ref earlierOffers, fromEarlierRun);

    public void Pledge(string status, decimal amount) => pledges.Add((status, amount));

    private static void Count(ref int all, ref int earlier, bool fromEarlierRun)
    {
        Interlocked.Increment(ref all);
        if (fromEarlierRun)
        {
            Interlocked.Increment(ref earlier);
        }
    }

    /// <summary>A need drafted by a run on another day (same key, other deadline): it exists, but this run cannot follow it.</summary>
    public void NeedSkipped() => Interlocked.Increment(ref skippedNeeds);

    public void Employer(bool fromEarlierRun)
    {
        Interlocked.Increment(ref employers);
        if (fromEarlierRun)
        {
            Interlocked.Increment(ref earlierEmployers);
        }
    }

    public void Volunteer(bool enrolledInAProgramme, bool fromEarlierRun)
    {
        Interlocked.Increment(ref volunteers);
        if (enrolledInAProgramme)
        {
            Interlocked.Increment(ref enrolled);
        }

        if (fromEarlierRun)
        {
            Interlocked.Increment(ref earlierVolunteers);
        }
    }

    public void Print(TextWriter output, DemoPlan plan, DemoSettings settings, TimeSpan elapsed, int signInRequests)
    {
        int Associations(string status) => associationStatus.Values.Count(s => s == status);
        int Needs(string status) => needStatus.Count(s => s == status);
        var earlier = (int count) => count > 0 ? $" ({count} from an earlier run)" : "";

        output.WriteLine();
        output.WriteLine($"Demo alliance ready in {elapsed.TotalSeconds:0.0} s (seed {plan.Seed}, {signInRequests} requests to identity's rate-limited sign-in endpoints)");
        output.WriteLine($"  accounts      {newAccounts + existingAccounts} people: {newAccounts} new, {existingAccounts} already there");
        output.WriteLine($"  associations  {associationStatus.Count}: {Associations("Verified")} verified, {Associations("Registered")} awaiting review, "
            + $"{Associations("Rejected")} rejected{Other(associationStatus.Values, "Verified", "Registered", "Rejected")}{earlier(earlierAssociations)}");
        output.WriteLine($"  needs         {needStatus.Count}: {Needs("Published")} published, {Needs("Draft")} drafts, {Needs("Cancelled")} cancelled"
            + $"{Other(needStatus, "Published", "Draft", "Cancelled")}{earlier(earlierNeeds)}"
            + (skippedNeeds > 0 ? $"; {skippedNeeds} drafted on another day by an earlier run (same key, other deadline) left as they are" : ""));
        output.WriteLine($"  employers     {employers}, each with an open programme{earlier(earlierEmployers)}");
        output.WriteLine($"  volunteers    {volunteers}: {enrolled} enrolled in their employer's programme{earlier(earlierVolunteers)}");
        if (plan.Funders.Count > 0)
        {
            output.WriteLine($"  funders       {funders}{earlier(earlierFunders)} ({funderAccounts} new accounts), with {offers} open offers{earlier(earlierOffers)}; this run pledged "
                + $"{pledges.Count} times ({pledges.Count(p => p.Status == "Confirmed")} confirmed), {pledges.Sum(p => p.Amount):0.00} € in all");
        }

        output.WriteLine();
        output.WriteLine("Demo accounts (local development only):");
        output.WriteLine($"  coordinator         {settings.CoordinatorEmail}   password: {settings.CoordinatorPassword}");
        foreach (var (label, association) in Showcase(plan))
        {
            var place = Places.Departement(association.Departement)?.Name ?? association.Departement;
            output.WriteLine($"  association member  {association.MemberEmail}   password: {settings.Password}   ({label}: {association.Name}, {place})");
        }

        if (plan.Volunteers.Count > 0)
        {
            output.WriteLine($"  volunteer           {plan.Volunteers[0].Email}   password: {settings.Password}   ({plan.Volunteers[0].Persona})");
        }

        if (plan.Employers.Count > 0)
        {
            output.WriteLine($"  employer admin      {plan.Employers[0].AdminEmail}   password: {settings.Password}   ({plan.Employers[0].CompanyName})");
        }

        foreach (var f in plan.Funders)
        {
            output.WriteLine($"  funder              {f.MemberEmail}   password: {settings.Password}   ({f.Name})");
        }

        output.WriteLine($"  every demo+asso-N@{DemoEmails.Domain} (N = 1 to {plan.Associations.Count}) has the password: {settings.Password}");
    }

    // A member whose association is verified (with published needs), and one whose association awaits review.
    private IEnumerable<(string Label, AssociationPlan Association)> Showcase(DemoPlan plan)
    {
        string? Status(AssociationPlan a) => associationStatus.GetValueOrDefault(a.Number);
        if (plan.Associations.FirstOrDefault(a => Status(a) == "Verified") is { } verified)
        {
            yield return ("verified", verified);
        }

        if (plan.Associations.FirstOrDefault(a => Status(a) == "Registered") is { } waiting)
        {
            yield return ("awaiting review", waiting);
        }
    }

    private static string Other(IEnumerable<string> statuses, params string[] named)
    {
        var others = statuses.Where(s => !named.Contains(s)).GroupBy(s => s).Select(g => $"{g.Count()} {g.Key.ToLowerInvariant()}").ToList();
        return others.Count > 0 ? ", " + string.Join(", ", others) : "";
    }
}
