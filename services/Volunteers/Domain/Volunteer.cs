using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Volunteers.Domain;

/// <summary>
/// A volunteer's profile, rebuilt from its events; the stream id is the person's user id (the <c>sub</c> of their tokens).
/// Decisions are pure: each returns the event to append or refuses with a <see cref="RuleViolationException"/> (409).
/// Withdrawal is final: a person who comes back after withdrawing is a matter for a coordinator, not a silent revival.
/// </summary>
public sealed record Volunteer(Guid Id, VolunteerFacts Facts, bool Withdrawn, DateTimeOffset JoinedAt)
{
    /// <summary>The stream version, set by Marten: the ETag clients send back in If-Match.</summary>
    public long Version { get; set; }

    /// <summary>
    /// The départements the volunteer can work on site in: theirs, and every one whose reference point is within their
    /// radius (none for a remote-only volunteer). Stored with the snapshot so a search by place is one indexed lookup.
    /// </summary>
    public IReadOnlyList<string> Reach => Facts.Profile switch
    {
        { WorkMode: WorkMode.Remote } or { Departement: null } => [],
        { Departement: { } home, RadiusKm: { } radius } => [.. Places.Departements.Where(d => d.Code == home || Places.DistanceKm(home, d.Code) <= radius).Select(d => d.Code)],
        { Departement: { } home } => [home],
    };

    public static VolunteerJoined Join(Guid id, VolunteerProfile profile, DateTimeOffset now) => new(id, new(profile, Verified: false, Paused: false), now);

    public VolunteerProfileEdited Edit(VolunteerProfile profile, DateTimeOffset now) => Active(() => new VolunteerProfileEdited(Id, Facts with { Profile = profile }, now));

    public VolunteerVerified Verify(Guid by, DateTimeOffset now) => Facts.Verified
        ? throw new RuleViolationException("volunteer-already-verified", "This volunteer is already verified.")
        : Active(() => new VolunteerVerified(Id, by, Facts with { Verified = true }, now));

    public VolunteerPaused Pause(DateTimeOffset now) => Facts.Paused
        ? throw new RuleViolationException("volunteer-already-paused", "The profile is already paused.")
        : Active(() => new VolunteerPaused(Id, Facts with { Paused = true }, now));

    public VolunteerResumed Resume(DateTimeOffset now) => !Facts.Paused
        ? throw new RuleViolationException("volunteer-not-paused", "The profile is not paused.")
        : Active(() => new VolunteerResumed(Id, Facts with { Paused = false }, now));

    public VolunteerWithdrew Withdraw(DateTimeOffset now) => Active(() => new VolunteerWithdrew(Id, now));

    /// <summary>The volunteer after one of their own decisions (the same Apply methods Marten calls when it replays the stream).</summary>
    // Not named Evolve: Marten takes a method of that name for its own aggregation convention.
    public Volunteer Next(object decided) => decided switch
    {
        VolunteerProfileEdited e => Apply(e),
        VolunteerVerified e => Apply(e),
        VolunteerPaused e => Apply(e),
        VolunteerResumed e => Apply(e),
        VolunteerWithdrew e => Apply(e),
        _ => throw new ArgumentException($"{decided.GetType().Name} is not a change of an existing volunteer.", nameof(decided)),
    };

    public static Volunteer Create(VolunteerJoined e) => new(e.VolunteerId, e.After, Withdrawn: false, e.At);

    public Volunteer Apply(VolunteerProfileEdited e) => this with { Facts = e.After };

    public Volunteer Apply(VolunteerVerified e) => this with { Facts = e.After };

    public Volunteer Apply(VolunteerPaused e) => this with { Facts = e.After };

    public Volunteer Apply(VolunteerResumed e) => this with { Facts = e.After };

    public Volunteer Apply(VolunteerWithdrew _) => this with { Withdrawn = true };

    private T Active<T>(Func<T> decide) => Withdrawn
        ? throw new RuleViolationException("volunteer-withdrawn", "This volunteer withdrew from the platform.")
        : decide();
}
