using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ShareAlliance.Testing;

namespace ShareAlliance.Funding.Tests.Features.MakePledge;

/// <summary>The funding service with a clock the test moves: an offer's deadline passes in a moment.</summary>
public sealed class FakeClockFundingFactory : ServiceFactory<Program>
{
    public FakeClockFundingFactory()
        : base("funding")
    {
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class OfferDeadlineTests(FakeClockFundingFactory factory) : IClassFixture<FakeClockFundingFactory>
{
    [Fact]
    public async Task OfferPastItsDeadline_CannotPledge()
    {
        var alliance = new Alliance(factory);
        var funder = await alliance.FunderAsync();
        var offer = await Alliance.OpenOfferAsync(funder, o => o["deadline"] = Alliance.Date(DateTime.UtcNow.AddDays(10)));
        var need = await alliance.PublishedNeedAsync();

        factory.Clock.Advance(TimeSpan.FromDays(11));

        await Alliance.ShouldBeRefused(await Alliance.PledgeAsync(funder, offer.Id, need, 100m), 409, "offer-deadline-passed");
        (await Database.CountAsync($"select count(*) from {factory.Schema}.mt_doc_pledge", TestContext.Current.CancellationToken)).ShouldBe(0);
    }
}
