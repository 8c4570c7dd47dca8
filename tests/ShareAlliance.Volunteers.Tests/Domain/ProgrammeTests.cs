using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Tests.Domain;

public sealed class ProgrammeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static Programme Open(DateOnly from, DateOnly until) =>
        Programme.Create(Programme.OpenNew(Guid.NewGuid(), Guid.NewGuid(), new("Programme", 1_000, 80, from, until, 50m), Guid.NewGuid(), Now));

    [Theory]
    [InlineData("2026-01-01", "2026-12-31", 12)]
    [InlineData("2026-11-15", "2026-11-30", 1)]
    [InlineData("2026-11-15", "2027-02-01", 4)]
    public void MonthsOfWork_CountEveryCalendarMonthThePeriodTouches(string from, string until, int months) =>
        Open(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture))
            .MonthsOfWork.ShouldBe(months);

    [Fact]
    public void InvitationCode_IsReadableAndTypedInAnyCase()
    {
        var programme = Open(new(2026, 1, 1), new(2026, 12, 31));

        programme.InvitationCode.Length.ShouldBe(10);
        programme.InvitationCode.ShouldNotContain('O');
        programme.InvitationCode.ShouldNotContain('0');
        Programme.NormaliseCode($" {programme.InvitationCode[..5].ToLowerInvariant()}-{programme.InvitationCode[5..]} ").ShouldBe(programme.InvitationCode);
    }

    [Fact]
    public void PeriodOver_TakesNoEnrolment() =>
        Should.Throw<RuleViolationException>(() => Open(new(2026, 1, 1), new(2026, 6, 30)).Enrol(Guid.NewGuid(), Now)).Code.ShouldBe("programme-closed");

    [Fact]
    public void HoursCommitted_CountsEachConfirmedMatchsMonthsWithinThePeriod_UpToTheCap()
    {
        var programme = Open(new(2027, 1, 1), new(2027, 12, 31)); // cap 80 h
        var volunteer = Guid.NewGuid();
        VolunteerMatch Match(MatchStage stage, int hours, DateTimeOffset? confirmed, DateTimeOffset changed) =>
            new(Guid.NewGuid(), volunteer, Guid.NewGuid(), null, stage, hours, changed, confirmed);

        // Confirmed before the period: counted from January, every month to December.
        programme.HoursCommitted([Match(MatchStage.Confirmed, 4, Now, Now)]).ShouldBe(48);
        // Confirmed on 15 October 2027: October, November, December.
        var october = new DateTimeOffset(2027, 10, 15, 9, 0, 0, TimeSpan.Zero);
        programme.HoursCommitted([Match(MatchStage.Confirmed, 4, october, october)]).ShouldBe(12);
        // Confirmed in March, ended in May: three months.
        var march = new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero);
        programme.HoursCommitted([Match(MatchStage.Ended, 5, march, march.AddMonths(2))]).ShouldBe(15);
        // Accepted but never confirmed, or ended before the period: nothing.
        programme.HoursCommitted([Match(MatchStage.Accepted, 8, null, Now), Match(MatchStage.Ended, 8, Now, Now.AddDays(3))]).ShouldBe(0);
        // Two matches of 4 h a month all year would be 96 h: the cap per employee holds.
        programme.HoursCommitted([Match(MatchStage.Confirmed, 4, Now, Now), Match(MatchStage.Confirmed, 4, Now, Now)]).ShouldBe(80);
    }
}
