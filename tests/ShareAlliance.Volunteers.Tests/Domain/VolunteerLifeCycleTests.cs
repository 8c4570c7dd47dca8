using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Tests.Domain;

/// <summary>Every decision from every state: allowed ones carry the facts after them, the others are refused with a named rule.</summary>
public sealed class VolunteerLifeCycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static readonly VolunteerProfile Profile = new(
        [new SkillLevel("data.sql", 3)], 12, null, null, WorkMode.Remote, null, null, ["fr"], [], [], AcceptsSensitiveNeeds: false);

    private static Volunteer Joined() => Volunteer.Create(Volunteer.Join(Guid.NewGuid(), Profile, Now));

    public static TheoryData<string, string, string?> Decisions() => new()
    {
        { "active", "edit", null },
        { "active", "verify", null },
        { "active", "pause", null },
        { "active", "resume", "volunteer-not-paused" },
        { "active", "withdraw", null },
        { "paused", "pause", "volunteer-already-paused" },
        { "paused", "resume", null },
        { "paused", "edit", null },
        { "verified", "verify", "volunteer-already-verified" },
        { "withdrawn", "edit", "volunteer-withdrawn" },
        { "withdrawn", "verify", "volunteer-withdrawn" },
        { "withdrawn", "pause", "volunteer-withdrawn" },
        { "withdrawn", "withdraw", "volunteer-withdrawn" },
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public void Decision_FromState_IsAllowedOrRefusedByItsRule(string state, string decision, string? refusal)
    {
        var joined = Joined();
        var volunteer = state switch
        {
            "paused" => joined.Next(joined.Pause(Now)),
            "verified" => joined.Next(joined.Verify(Guid.NewGuid(), Now)),
            "withdrawn" => joined.Next(joined.Withdraw(Now)),
            _ => joined,
        };
        object Decide() => decision switch
        {
            "edit" => volunteer.Edit(Profile with { HoursPerMonth = 20 }, Now),
            "verify" => volunteer.Verify(Guid.NewGuid(), Now),
            "pause" => volunteer.Pause(Now),
            "resume" => volunteer.Resume(Now),
            _ => volunteer.Withdraw(Now),
        };

        if (refusal is null)
        {
            Should.NotThrow(Decide);
        }
        else
        {
            Should.Throw<RuleViolationException>(Decide).Code.ShouldBe(refusal);
        }
    }

    [Fact]
    public void EveryChange_CarriesTheWholeFactsAfterIt()
    {
        var volunteer = Joined();
        var verified = volunteer.Verify(Guid.NewGuid(), Now);
        var paused = volunteer.Next(verified).Pause(Now);

        paused.After.ShouldBe(new VolunteerFacts(Profile, Verified: true, Paused: true));
    }
}
