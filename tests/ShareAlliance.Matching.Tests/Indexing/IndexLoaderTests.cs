using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using ShareAlliance.Matching.Features.GetNeedMatches;
using ShareAlliance.Matching.Tests.Features;
using ShareAlliance.Testing;

namespace ShareAlliance.Matching.Tests.Indexing;

/// <summary>A second matching process on the first one's schema, as another replica or a restart: its index starts empty.</summary>
public sealed class RestartedMatchingFactory(string schema) : ServiceFactory<Program>("matching")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Marten:Schema", schema);
        builder.UseSetting("Matching:IndexCatchUpSeconds", "1");
    }
}

public sealed class IndexLoaderTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task RestartedService_RebuildsItsIndexFromTheReadModel_LoadsIncluded()
    {
        var scenario = new MatchingScenario(factory);
        var volunteer = await scenario.VolunteerAsync(20, ("web.css", 4));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("web.css", 3));
        var before = await MatchesAsync(factory, need.NeedId);

        await using var restarted = new RestartedMatchingFactory(factory.Schema);
        var after = await MatchesAsync(restarted, need.NeedId);

        after.Matches.ShouldHaveSingleItem().VolunteerId.ShouldBe(volunteer);
        after.Matches[0].Score.ShouldBe(before.Matches[0].Score, "the same load (one proposal pending this week) weighs in the fairness term");
        after.Matches[0].ProposalId.ShouldNotBeNull();
    }

    [Fact]
    public async Task AnotherReplicasCommits_ReachThisReplicasIndex()
    {
        await using var replica = new RestartedMatchingFactory(factory.Schema);
        replica.CreateClient().Dispose(); // started, its index loaded, before the other replica commits anything
        var scenario = new MatchingScenario(factory);

        var volunteer = await scenario.VolunteerAsync(20, ("web.html", 4));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("web.html", 3));

        var seen = await Eventually.GetAsync(
            async () => await MatchesAsync(replica, need.NeedId) is { Matches.Count: > 0 } m ? m : null, TimeSpan.FromSeconds(20), "the replica's index to catch up");
        seen.Matches.ShouldHaveSingleItem().VolunteerId.ShouldBe(volunteer);
    }

    private static async Task<NeedMatches> MatchesAsync(ServiceFactory<Program> service, Guid needId) =>
        (await service.CreateClientAs(TestUser.Coordinator()).GetFromJsonAsync<NeedMatches>($"/needs/{needId}/matches", Json, MatchingScenario.Ct))!;
}
