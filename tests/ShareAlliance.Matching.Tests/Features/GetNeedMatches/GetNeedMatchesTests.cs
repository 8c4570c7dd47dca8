using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using ShareAlliance.Matching.Features.GetNeedMatches;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Testing;

namespace ShareAlliance.Matching.Tests.Features.GetNeedMatches;

public sealed class GetNeedMatchesTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static CancellationToken Ct => MatchingScenario.Ct;

    [Fact]
    public async Task OwningAssociation_SeesTheVolunteersRanked_WithReasons()
    {
        var best = await scenario.VolunteerAsync(20, ("comm.newsletter", 4), ("crm.emailing", 3));
        var half = await scenario.VolunteerAsync(20, ("comm.newsletter", 4));
        var association = Guid.NewGuid();
        var need = await scenario.PublishAsync(association, 10, 90, ("comm.newsletter", 3), ("crm.emailing", 3));

        var matches = (await scenario.AsAssociation(association).GetFromJsonAsync<NeedMatches>($"/needs/{need.NeedId}/matches", Json, Ct))!;

        matches.Matches.Select(m => m.VolunteerId).ShouldBe([best, half]);
        matches.Matches[0].Score.ShouldBeGreaterThan(matches.Matches[1].Score);
        matches.Matches[0].Reasons.ShouldContain("covers 2 of 2 required skills");
        matches.Matches[1].Reasons.ShouldContain("crm.emailing missing");
        matches.Matches[0].ProposalId.ShouldNotBeNull("the best volunteer was proposed when the need was published");
    }

    [Fact]
    public async Task AProposedVolunteer_StaysOnTheList_OnceTheWeeklyCapKeepsThemOutOfTheRanking()
    {
        var volunteer = await scenario.VolunteerAsync(40, ("data.metabase", 4));
        var association = Guid.NewGuid();
        var first = await scenario.PublishAsync(association, 4, 90, ("data.metabase", 3));
        await scenario.PublishAsync(association, 4, 90, ("data.metabase", 3)); // the second proposal of the week: the cap is 2

        var matches = (await scenario.AsAssociation(association).GetFromJsonAsync<NeedMatches>($"/needs/{first.NeedId}/matches", Json, Ct))!;

        var proposed = matches.Matches.ShouldHaveSingleItem("the association must see whom it may confirm");
        proposed.VolunteerId.ShouldBe(volunteer);
        proposed.ProposalId.ShouldNotBeNull();
        proposed.Score.ShouldBeGreaterThan(0f);
        proposed.Reasons.ShouldContain("covers 1 of 1 required skills");
    }

    [Fact]
    public async Task OnlyTheOwningAssociationAndCoordinators_SeeAMatchList()
    {
        await scenario.VolunteerAsync(20, ("comm.video-editing", 3));
        var need = await scenario.PublishAsync(Guid.NewGuid(), 10, 90, ("comm.video-editing", 3));
        var url = $"/needs/{need.NeedId}/matches";

        (await scenario.As(TestUser.Coordinator()).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await scenario.AsAssociation(Guid.NewGuid()).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scenario.AsVolunteer(Guid.NewGuid()).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await scenario.As(new TestUser(Guid.NewGuid(), [Roles.Funder], [$"funder:{Guid.NewGuid()}"])).GetAsync(url, Ct)).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden, "funders never see who is proposed");
        (await scenario.AsAssociation(need.AssociationId).GetAsync($"/needs/{Guid.NewGuid()}/matches", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var bad = await scenario.AsAssociation(need.AssociationId).GetAsync($"{url}?top=0", Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync(Ct)).ShouldContain("top");
    }
}
