using System.Net;
using System.Text.Json;
using ShareAlliance.Testing;
using ShareAlliance.Volunteers.Features.SearchVolunteers;

namespace ShareAlliance.Volunteers.Tests.Features.SearchVolunteers;

/// <summary>Each test gets its own service (and schema), so a search sees only the volunteers the test created.</summary>
public sealed class SearchVolunteersTests : IAsyncLifetime
{
    private readonly VolunteersFactory factory = new();
    private People people = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await factory.InitializeAsync();
        people = new People(factory);
    }

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task EachFilter_KeepsOnlyTheVolunteersItDescribes()
    {
        var sqlExpertLyon = await people.VolunteerAsync(b => b["skills"] = new[] { new { skill = "data.sql", level = 4 } });
        var sqlBeginnerRemote = await people.VolunteerAsync(b =>
        {
            b["skills"] = new[] { new { skill = "data.sql", level = 1 } };
            b["workMode"] = "Remote";
            b["departement"] = null;
            b["languages"] = (string[])["en"];
            b["hoursPerMonth"] = 40;
        });
        var designerParisOnSite = await people.VolunteerAsync(b =>
        {
            b["skills"] = new[] { new { skill = "design.ux", level = 3 } };
            b["workMode"] = "OnSite";
            b["departement"] = "75";
            b["languages"] = (string[])["fr"];
        });
        var designerHautsDeSeineHybrid = await people.VolunteerAsync(b =>
        {
            b["skills"] = new[] { new { skill = "design.ux", level = 2 } };
            b["departement"] = "92";
            b["radiusKm"] = 20;
            b["languages"] = (string[])["fr"];
        });
        var paused = await people.VolunteerAsync();
        await paused.Client.PostAsync("/volunteers/me/pause", null, Ct);

        (await Ids("skill=data.sql&minLevel=3")).ShouldBe([sqlExpertLyon.User.Id]);
        (await Ids("skill=data.sql")).ShouldBe([sqlExpertLyon.User.Id, sqlBeginnerRemote.User.Id], ignoreOrder: true);
        (await Ids("departement=75")).ShouldBe([designerParisOnSite.User.Id, designerHautsDeSeineHybrid.User.Id], ignoreOrder: true, "Paris is within 20 km of Nanterre");
        (await Ids("departement=92")).ShouldBe([designerHautsDeSeineHybrid.User.Id, designerParisOnSite.User.Id], ignoreOrder: true);
        (await Ids("departement=13")).ShouldBeEmpty("nobody reaches Marseille, and a remote volunteer has no place");
        (await Ids("remote=true")).ShouldBe([sqlExpertLyon.User.Id, sqlBeginnerRemote.User.Id, designerHautsDeSeineHybrid.User.Id], ignoreOrder: true);
        (await Ids("remote=false")).ShouldBe([sqlExpertLyon.User.Id, designerParisOnSite.User.Id, designerHautsDeSeineHybrid.User.Id], ignoreOrder: true);
        (await Ids("minHours=20")).ShouldBe([sqlBeginnerRemote.User.Id]);
        (await Ids("language=en")).ShouldBe([sqlExpertLyon.User.Id, sqlBeginnerRemote.User.Id], ignoreOrder: true);
        (await Ids(string.Empty)).ShouldNotContain(paused.User.Id, "a paused volunteer is not found");
    }

    [Fact]
    public async Task Results_AreAnonymous_AndOnlyForCoordinatorsAndAssociations()
    {
        await people.VolunteerAsync();

        var asAssociation = await factory.CreateClientAs(TestUser.AssociationMember(Guid.NewGuid())).GetAsync("/volunteers?skill=data.sql", Ct);
        var asVolunteer = await factory.CreateClientAs(TestUser.Volunteer()).GetAsync("/volunteers", Ct);

        asAssociation.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await asAssociation.Content.ReadAsStringAsync(Ct)).ShouldNotContain("Camille");
        asVolunteer.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("skill=gardening", "skill")]
    [InlineData("skill=data.sql&minLevel=5", "minLevel")]
    [InlineData("departement=99", "departement")]
    [InlineData("remote=maybe", "remote")]
    [InlineData("minHours=-1", "minHours")]
    public async Task BadParameter_Gets400NamingIt(string query, string named)
    {
        var response = await people.Coordinator().GetAsync($"/volunteers?{query}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").TryGetProperty(named, out _).ShouldBeTrue();
    }

    private async Task<IReadOnlyList<Guid>> Ids(string query) =>
        [.. (await People.Read<VolunteerSearchResult>(await people.Coordinator().GetAsync($"/volunteers?{query}", Ct))).Items.Select(v => v.Id)];
}
