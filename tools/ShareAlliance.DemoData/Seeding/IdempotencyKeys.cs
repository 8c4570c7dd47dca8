namespace ShareAlliance.DemoData.Seeding;

/// <summary>
/// Keys from the seed and the plan's numbering: a re-run with the same seed sends the same keys, so needs answers
/// with what it did the first time instead of doing it again (identity's account endpoints ignore keys; DemoAccounts
/// finds existing accounts instead).
/// </summary>
public static class IdempotencyKeys
{
    public static string Association(int seed, int association) => $"demo-{seed}-association-{association}";

    public static string Review(int seed, int association) => $"{Association(seed, association)}-review";

    public static string Need(int seed, int association, int need) => $"{Association(seed, association)}-need-{need}";

    public static string Publish(int seed, int association, int need) => $"{Need(seed, association, need)}-publish";

    public static string Cancel(int seed, int association, int need) => $"{Need(seed, association, need)}-cancel";

    public static string Funder(int seed, int funder) => $"demo-{seed}-funder-{funder}";

    public static string Offer(int seed, int funder, int offer) => $"{Funder(seed, funder)}-offer-{offer}";

    public static string Open(int seed, int funder, int offer) => $"{Offer(seed, funder, offer)}-open";

    public static string Pledge(int seed, int funder, int offer, int pledge) => $"{Offer(seed, funder, offer)}-pledge-{pledge}";

    public static string Confirm(int seed, int funder, int offer, int pledge) => $"{Pledge(seed, funder, offer, pledge)}-confirm";

    public static string Employer(int seed, int employer) => $"demo-{seed}-employer-{employer}";

    /// <summary>One programme a year: next year's run opens the next one.</summary>
    public static string Programme(int seed, int employer, int year) => $"{Employer(seed, employer)}-programme-{year}";

    public static string Volunteer(int seed, int volunteer) => $"demo-{seed}-volunteer-{volunteer}";

    public static string Enrolment(int seed, int volunteer, int year) => $"{Volunteer(seed, volunteer)}-enrol-{year}";
}
