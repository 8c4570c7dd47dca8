using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Testing;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Matching.Tests.Features.ExpireProposals;

/// <summary>The matching service with a clock the test moves: 7 days pass in a moment.</summary>
public sealed class FakeClockMatchingFactory : ServiceFactory<Program>
{
    public FakeClockMatchingFactory()
        : base("matching")
    {
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

public sealed class ProposalExpiryTests(FakeClockMatchingFactory factory) : IClassFixture<FakeClockMatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    [Fact]
    public async Task ProposalWithoutAnswer_ExpiresAfter7Days_AnAcceptedOneDoesNot()
    {
        var waiting = await scenario.VolunteerAsync(20, ("security.backups", 4));
        var answering = await scenario.VolunteerAsync(20, ("security.backups", 4));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("security.backups", 3));
        var accepted = await scenario.OnlyProposalAsync(answering, need.NeedId);
        await scenario.AsVolunteer(answering).PostAsync($"/proposals/{accepted.Id}/accept", null, MatchingScenario.Ct);

        factory.Clock.Advance(TimeSpan.FromDays(6));
        await Task.Delay(300, MatchingScenario.Ct);
        (await scenario.OnlyProposalAsync(waiting, need.NeedId)).Status.ShouldBe(ProposalStatus.Proposed);

        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        var expired = await Eventually.GetAsync(
            async () => await scenario.OnlyProposalAsync(waiting, need.NeedId) is { Status: ProposalStatus.Expired } p ? p : null,
            TimeSpan.FromSeconds(10),
            "the proposal to expire");

        (await factory.Harness.Published.SelectAsync<Contract.MatchExpired>(m => m.Context.Message.ProposalId == expired.Id, MatchingScenario.Ct)
            .FirstAsync(MatchingScenario.Ct)).Context.Message.VolunteerId.ShouldBe(waiting);
        (await scenario.OnlyProposalAsync(answering, need.NeedId)).Status.ShouldBe(ProposalStatus.Accepted);
    }
}
