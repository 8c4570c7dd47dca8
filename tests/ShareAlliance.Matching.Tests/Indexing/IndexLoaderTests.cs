using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using ShareAlliance.Matching.Features.GetNeedMatches;
using ShareAlliance.Matching.Tests.Features;
using ShareAlliance.Testing;

namespace ShareAlliance.Matching.Tests.Indexing;

/// <summary>A second matching process on the first one's schema: it starts with an empty index and must rebuild it.</summary>
public sealed class RestartedMatchingFactory(string schema) : ServiceFactory<Program>("matching")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Marten:Schema", schema);
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

    private static async Task<NeedMatches> MatchesAsync(ServiceFactory<Program> service, Guid needId) =>
        (await service.CreateClientAs(TestUser.Coordinator()).GetFromJsonAsync<NeedMatches>($"/needs/{needId}/matches", Json, MatchingScenario.Ct))!;
}
