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
}
