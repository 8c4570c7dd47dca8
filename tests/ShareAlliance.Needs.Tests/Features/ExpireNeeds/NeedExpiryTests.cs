using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests.Features.ExpireNeeds;

/// <summary>The needs service with a clock the test moves: 40 days pass in a moment.</summary>
public sealed class FakeClockNeedsFactory : ServiceFactory<Program>
{
    public FakeClockNeedsFactory()
        : base("needs")
    {
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class NeedExpiryTests(FakeClockNeedsFactory factory) : IClassFixture<FakeClockNeedsFactory>
{
    [Fact]
    public async Task PublishedNeedWithoutVolunteer_ExpiresAfter40Days()
    {
        var alliance = new Alliance(factory);
        var member = await alliance.AssociationAsync();
        var published = await Alliance.PublishedAsync(member);
        var draft = await Alliance.DraftAsync(member);

        factory.Clock.Advance(TimeSpan.FromDays(39));
        await Task.Delay(300, TestContext.Current.CancellationToken);
        (await Read(member, published.Id)).Status.ShouldBe(NeedStatus.Published);

        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        var expired = await Eventually.GetAsync(
            async () => await Read(member, published.Id) is { Status: NeedStatus.Expired } need ? need : null, TimeSpan.FromSeconds(10), "the need to expire");

        expired.Version.ShouldBe(3);
        (await Read(member, draft.Id)).Status.ShouldBe(NeedStatus.Draft, "a draft never expires");
    }

    private static async Task<NeedDetails> Read(Alliance.Member member, Guid id) =>
        await Alliance.Read<NeedDetails>(await member.Client.GetAsync($"/needs/{id}", TestContext.Current.CancellationToken));
}
