using Microsoft.AspNetCore.Hosting;
using ShareAlliance.Testing;

namespace ShareAlliance.Matching.Tests.Features.ProposeMatches;

/// <summary>Matching configured with one new proposal a week per volunteer instead of DOMAIN.md's two.</summary>
public sealed class OneProposalAWeekFactory() : ServiceFactory<Program>("matching")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Matching:Weights:WeeklyProposalCap", "1");
    }
}

public sealed class WeeklyCapTests(OneProposalAWeekFactory factory) : IClassFixture<OneProposalAWeekFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    [Fact]
    public async Task WeeklyCapFromConfiguration_BoundsTheProposalsAVolunteerReceives()
    {
        var volunteer = await scenario.VolunteerAsync(40, ("security.vpn", 4));

        for (var i = 0; i < 3; i++)
        {
            await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("security.vpn", 3));
        }

        (await scenario.ProposalsOfAsync(volunteer)).Count.ShouldBe(1);
    }
}
