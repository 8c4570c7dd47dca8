using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShareAlliance.Testing;
using ShareAlliance.Volunteers.Features.GetMyProfile;

namespace ShareAlliance.Volunteers.Tests.Features.SetProfile;

public sealed class SetProfileTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly People people = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewProfile_IsCreatedAndAnnouncedWithoutPersonalData()
    {
        var volunteer = await people.VolunteerAsync();

        volunteer.Profile.Id.ShouldBe(volunteer.User.Id, "the profile's id is the person's user id");
        volunteer.Profile.Version.ShouldBe(1);
        volunteer.Profile.DisplayName.ShouldBe("Camille Martin");
        var published = await factory.Harness.Published
            .SelectAsync<Contracts.Volunteers.VolunteerProfileUpdated>(m => m.Context.Message.VolunteerId == volunteer.User.Id, Ct).FirstAsync(Ct);
        var message = published.Context.Message;
        message.Version.ShouldBe(1);
        message.Skills.ShouldBe([new("data.sql", 3), new("web.wordpress", 2)]);
        message.HoursPerMonth.ShouldBe(12);
        message.WorkMode.ShouldBe("Hybrid");
        message.Departement.ShouldBe("69");
        message.Verified.ShouldBeFalse();
        var wire = JsonSerializer.Serialize(message);
        wire.ShouldNotContain("Camille");
        wire.ShouldNotContain("example.org");
        wire.ShouldNotContain("12 34");
    }

    [Fact]
    public async Task EditWithCurrentETag_ReplacesTheProfile_AndAStaleOneGets412()
    {
        var volunteer = await people.VolunteerAsync();
        var body = People.ProfileBody("Camille M.");
        body["hoursPerMonth"] = 20;

        var edited = await Send(volunteer.Client, body, ifMatch: "\"1\"");
        var stale = await Send(volunteer.Client, People.ProfileBody("Trop tard"), ifMatch: "\"1\"");

        var profile = await People.Read<MyProfile>(edited);
        profile.Version.ShouldBe(2);
        profile.Profile.HoursPerMonth.ShouldBe(20);
        profile.DisplayName.ShouldBe("Camille M.");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        var mine = await People.Read<MyProfile>(await volunteer.Client.GetAsync("/volunteers/me", Ct));
        mine.DisplayName.ShouldBe("Camille M.", "the refused edit changed nothing, personal details included");
        mine.Version.ShouldBe(2);
    }

    [Theory]
    [InlineData("skills", """[{"skill":"gardening.roses","level":2}]""", "skills[0].skill")]
    [InlineData("skills", """[{"skill":"data.sql","level":0}]""", "skills[0].level")]
    [InlineData("skills", """[{"skill":"data.sql","level":5}]""", "skills[0].level")]
    [InlineData("hoursPerMonth", "-5", "hoursPerMonth")]
    [InlineData("hoursPerMonth", "201", "hoursPerMonth")]
    [InlineData("departement", "\"99\"", "departement")]
    [InlineData("languages", """["french"]""", "languages[0]")]
    [InlineData("causes", """["gardening"]""", "causes[0]")]
    [InlineData("displayName", "\"\"", "displayName")]
    public async Task BadField_Gets400NamingIt_AndStoresNothing(string field, string json, string named)
    {
        var user = TestUser.Volunteer();
        var body = JsonSerializer.SerializeToNode(People.ProfileBody())!.AsObject();
        body[field] = JsonNode.Parse(json);

        var response = await factory.CreateClientAs(user).PutAsync("/volunteers/me", JsonContent.Create(body), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(named, problem.ToString());
        (await Database.CountAsync($"select count(*) from {factory.Schema}.mt_streams where id = '{user.Id}'", Ct)).ShouldBe(0);
        (await Database.CountAsync($"select count(*) from {factory.Schema}.mt_doc_volunteerdetails where id = '{user.Id}'", Ct)).ShouldBe(0);
    }

    [Fact]
    public async Task AnotherVolunteer_CannotTouchSomeoneElsesProfile()
    {
        var owner = await people.VolunteerAsync();
        var other = await people.VolunteerAsync(b => b["displayName"] = "Autre personne");

        // Their own /me is their own profile; the coordinator-only verify is refused to them.
        var verify = await other.Client.PostAsync($"/volunteers/{owner.User.Id}/verify", null, Ct);
        await Send(other.Client, People.ProfileBody("Usurpation"), ifMatch: null);

        verify.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var after = await People.Read<MyProfile>(await owner.Client.GetAsync("/volunteers/me", Ct));
        after.DisplayName.ShouldBe("Camille Martin");
        after.Version.ShouldBe(owner.Profile.Version);
        after.Verified.ShouldBeFalse();
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "/volunteers/me") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request, Ct);
    }
}
