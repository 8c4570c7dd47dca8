namespace ShareAlliance.DemoData.Tests;

public sealed class DemoSettingsTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static DemoSettings Parse(params string[] args) => DemoSettings.Parse(args, _ => "coordinator password", Today);

    [Fact]
    public void NoOptions_SeedVolunteersAndEmployersOnTheLocalVolunteersService()
    {
        var settings = Parse();

        settings.Volunteers.ShouldBe(new Uri("http://127.0.0.1:5102"));
        settings.VolunteerProfiles.ShouldBe(60);
        settings.Employers.ShouldBe(3);
    }

    [Fact]
    public void VolunteerOptions_AreRead()
    {
        var settings = Parse("--volunteers", "http://volunteers:8080", "--volunteer-profiles", "5", "--employers", "0");

        settings.Volunteers.ShouldBe(new Uri("http://volunteers:8080"));
        settings.VolunteerProfiles.ShouldBe(5);
        settings.Employers.ShouldBe(0);
    }

    [Theory]
    [InlineData("--volunteers", "not a url")]
    [InlineData("--volunteer-profiles", "-1")]
    [InlineData("--employers", "many")]
    public void BadVolunteerOption_IsAUsageError(string option, string value) =>
        Should.Throw<UsageException>(() => Parse(option, value)).Message.ShouldContain(option);
}
