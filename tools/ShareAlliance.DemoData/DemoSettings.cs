using System.Globalization;

namespace ShareAlliance.DemoData;

/// <summary>The command line was not understood; the message says what to change.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>What a run is asked to do, from the command line (and SA_COORDINATOR_PASSWORD, which keeps it off the process list).</summary>
public sealed record DemoSettings(
    Uri Identity,
    Uri Needs,
    Uri Funding,
    string Mailbox,
    string CoordinatorEmail,
    string CoordinatorPassword,
    string Password,
    int Seed,
    int Associations,
    int NeedsPerAssociation,
    int Funders,
    int Parallelism,
    DateOnly Today,
    bool DryRun = false)
{
    /// <summary>The volunteers service; volunteers and employers are seeded there.</summary>
    public Uri Volunteers { get; init; } = new("http://127.0.0.1:5102");

    public int VolunteerProfiles { get; init; }

    public int Employers { get; init; }

    public const string DefaultPassword = "demo data only: copper meadow lantern";
    public const string CoordinatorPasswordVariable = "SA_COORDINATOR_PASSWORD";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "--identity", "--needs", "--funding", "--funders", "--mailbox", "--coordinator-email", "--coordinator-password", "--password", "--seed", "--associations",
        "--needs-per-association", "--parallelism", "--today",
        "--volunteers", "--volunteer-profiles", "--employers",
    };

    public const string Usage = $"""
        Builds a demo alliance through ShareAlliance's public HTTP APIs: association members register and confirm (from the
        development mailbox), sign in, register their associations; the coordinator verifies most of them; members draft,
        publish and cancel needs; volunteers fill in their profiles; employer admins register their companies and open a
        programme, which some volunteers enrol in; funders register, open offers and pledge to the needs they may fund.
        Deterministic with --seed; a re-run with the same seed finds what exists and adds nothing.

        Usage: ShareAlliance.DemoData [options]
          --identity URL                identity service                    (default http://127.0.0.1:5105)
          --needs URL                   needs service                       (default http://127.0.0.1:5101)
          --volunteers URL              volunteers service                  (default http://127.0.0.1:5102)
          --funding URL                 funding service                     (default http://127.0.0.1:5103)
          --funders N                   how many funders, 0 to 4            (default 3)
          --mailbox DIR                 identity's development mailbox      (default .data/mailbox)
          --coordinator-email EMAIL     a coordinator account               (default coordinator@sharealliance.local)
          --coordinator-password TEXT   its password (or set {CoordinatorPasswordVariable})   required
          --password TEXT               the demo members' shared password   (default '{DefaultPassword}')
          --seed N                      what to generate                    (default 2026)
          --associations N              how many associations               (default 40)
          --needs-per-association N     needs each association drafts       (default 3)
          --volunteer-profiles N        volunteers with a profile           (default 60)
          --employers N                 employers, each with a programme    (default 3)
          --parallelism N               associations seeded at once         (default 4)
          --today YYYY-MM-DD            the day deadlines count from        (default today, UTC)
          --dry-run                     print the plan as JSON and stop (no service is called)

        Exit codes: 0 done, 1 a service refused a step, 2 a service is not reachable, 64 bad command line, 130 interrupted.
        """;

    public static DemoSettings Parse(IReadOnlyList<string> args, Func<string, string?> environment, DateOnly today)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var dryRun = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--dry-run")
            {
                dryRun = true;
                continue;
            }

            if (!Known.Contains(name))
            {
                throw new UsageException($"Unknown option '{name}'.");
            }

            values[name] = i + 1 < args.Count ? args[++i] : throw new UsageException($"{name} needs a value.");
        }

        string Text(string name, string? fallback) => values.GetValueOrDefault(name) ?? fallback
            ?? throw new UsageException($"{name} is required.");
        int Number(string name, int fallback, int min, int max) => !values.TryGetValue(name, out var text)
            ? fallback
            : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? n
                : throw new UsageException($"{name} is a whole number from {min} to {max}.");
        Uri Url(string name, string fallback) => Uri.TryCreate(Text(name, fallback), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new UsageException($"{name} is an http(s) URL such as {fallback}.");

        // Read in this order so that a malformed value is reported before a missing password.
        var identity = Url("--identity", "http://127.0.0.1:5105");
        var needs = Url("--needs", "http://127.0.0.1:5101");
        var volunteers = Url("--volunteers", "http://127.0.0.1:5102");
        var funding = Url("--funding", "http://127.0.0.1:5103");
        var funders = Number("--funders", 3, 0, Plan.FunderGenerator.MaxFunders);
        var seed = Number("--seed", 2026, int.MinValue, int.MaxValue);
        var associations = Number("--associations", 40, 0, 10_000);
        var needsPerAssociation = Number("--needs-per-association", 3, 0, 50);
        var volunteerProfiles = Number("--volunteer-profiles", 60, 0, 10_000);
        var employers = Number("--employers", 3, 0, 100);
        var parallelism = Number("--parallelism", 4, 1, 32);
        var day = !values.TryGetValue("--today", out var text)
            ? today
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new UsageException("--today is a date written YYYY-MM-DD.");
        var password = Text("--password", DefaultPassword);
        if (password.Length < 12)
        {
            throw new UsageException("--password needs 12 characters or more (identity's policy).");
        }

        var coordinatorPassword = values.GetValueOrDefault("--coordinator-password") ?? environment(CoordinatorPasswordVariable) ?? "";
        if (coordinatorPassword.Length == 0 && !dryRun)
        {
            throw new UsageException($"--coordinator-password (or {CoordinatorPasswordVariable}) is required: the coordinator verifies the associations.");
        }

        return new DemoSettings(
            identity, needs, funding, Text("--mailbox", ".data/mailbox"), Text("--coordinator-email", "coordinator@sharealliance.local"), coordinatorPassword,
            password, seed, associations, needsPerAssociation, funders, parallelism, day, dryRun)
        {
            Volunteers = volunteers,
            VolunteerProfiles = volunteerProfiles,
            Employers = employers,
        };
    }
}
