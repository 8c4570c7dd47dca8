using System.Net;
using System.Text.Json;
using ShareAlliance.Volunteers.Features.GetMyProfile;

namespace ShareAlliance.Volunteers.Tests.Features.ChangeParticipation;

public sealed class ChangeParticipationTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly People people = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PauseThenResume_EachPublishesTheWholeProfileAtItsVersion()
    {
        var volunteer = await people.VolunteerAsync();

        var paused = await People.Read<MyProfile>(await volunteer.Client.PostAsync("/volunteers/me/pause", null, Ct));
        var resumed = await People.Read<MyProfile>(await volunteer.Client.PostAsync("/volunteers/me/resume", null, Ct));

        paused.Paused.ShouldBeTrue();
        resumed.Paused.ShouldBeFalse();
        resumed.Version.ShouldBe(3);
        var atTwo = await factory.Harness.Published.SelectAsync<Contracts.Volunteers.VolunteerProfileUpdated>(
            m => m.Context.Message.VolunteerId == volunteer.User.Id && m.Context.Message.Version == 2, Ct).FirstAsync(Ct);
        atTwo.Context.Message.Paused.ShouldBeTrue();
        atTwo.Context.Message.Skills.Count.ShouldBe(2, "the whole profile, not only what changed");
    }

    [Fact]
    public async Task PausingTwice_Gets409WithItsRule()
    {
        var volunteer = await people.VolunteerAsync();
        await volunteer.Client.PostAsync("/volunteers/me/pause", null, Ct);

        var again = await volunteer.Client.PostAsync("/volunteers/me/pause", null, Ct);

        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        JsonDocument.Parse(await again.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("type").GetString()
            .ShouldBe("https://sharealliance.org/problems/volunteer-already-paused");
    }

    [Fact]
    public async Task Withdrawn_IsAnnouncedHiddenFromThePublicAndCannotEditAnyMore()
    {
        var volunteer = await people.VolunteerAsync();

        var withdrawn = await People.Read<MyProfile>(await volunteer.Client.PostAsync("/volunteers/me/withdraw", null, Ct));

        withdrawn.Withdrawn.ShouldBeTrue();
        var message = await factory.Harness.Published.SelectAsync<Contracts.Volunteers.VolunteerWithdrawn>(
            m => m.Context.Message.VolunteerId == volunteer.User.Id, Ct).FirstAsync(Ct);
        message.Context.Message.Version.ShouldBe(2);
        (await factory.CreateClient().GetAsync($"/volunteers/{volunteer.User.Id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await volunteer.Client.PostAsync("/volunteers/me/resume", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task CoordinatorVerifies_AndTheVolunteerSeesIt()
    {
        var volunteer = await people.VolunteerAsync();

        var verify = await people.Coordinator().PostAsync($"/volunteers/{volunteer.User.Id}/verify", null, Ct);

        verify.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await People.Read<MyProfile>(await volunteer.Client.GetAsync("/volunteers/me", Ct))).Verified.ShouldBeTrue();
        (await people.Coordinator().PostAsync($"/volunteers/{volunteer.User.Id}/verify", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }
}
