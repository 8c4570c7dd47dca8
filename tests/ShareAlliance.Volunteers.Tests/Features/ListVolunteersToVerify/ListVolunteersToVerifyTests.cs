using System.Net;
using ShareAlliance.Volunteers.Features.ListVolunteersToVerify;

namespace ShareAlliance.Volunteers.Tests.Features.ListVolunteersToVerify;

public sealed class ListVolunteersToVerifyTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly People people = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewVolunteer_WaitsInTheQueueWithTheNameTheyGave_UntilACoordinatorVerifiesThem()
    {
        var earlier = await people.VolunteerAsync(p => p["displayName"] = "Alix Premier");
        var volunteer = await people.VolunteerAsync(p => p["displayName"] = "Noé Bernard");
        var coordinator = people.Coordinator();

        var queue = await People.Read<List<VolunteerToVerify>>(await coordinator.GetAsync("/volunteers/verification-queue", Ct));

        var waiting = queue.Single(q => q.Volunteer.Id == volunteer.User.Id);
        waiting.DisplayName.ShouldBe("Noé Bernard");
        waiting.Volunteer.Skills.Count.ShouldBe(2);
        waiting.Volunteer.HoursPerMonth.ShouldBe(12);
        queue.FindIndex(q => q.Volunteer.Id == earlier.User.Id).ShouldBeLessThan(queue.IndexOf(waiting), "oldest first");

        (await coordinator.PostAsync($"/volunteers/{volunteer.User.Id}/verify", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await People.Read<List<VolunteerToVerify>>(await coordinator.GetAsync("/volunteers/verification-queue", Ct));
        after.ShouldNotContain(q => q.Volunteer.Id == volunteer.User.Id);
        after.ShouldContain(q => q.Volunteer.Id == earlier.User.Id);
    }

    [Fact]
    public async Task WithdrawnVolunteer_IsNotInTheQueue()
    {
        var volunteer = await people.VolunteerAsync();
        (await volunteer.Client.PostAsync("/volunteers/me/withdraw", null, Ct)).IsSuccessStatusCode.ShouldBeTrue();

        var queue = await People.Read<List<VolunteerToVerify>>(await people.Coordinator().GetAsync("/volunteers/verification-queue", Ct));

        queue.ShouldNotContain(q => q.Volunteer.Id == volunteer.User.Id);
    }

    [Fact]
    public async Task AnyoneButACoordinator_Gets403AndNoName()
    {
        var volunteer = await people.VolunteerAsync();

        var response = await volunteer.Client.GetAsync("/volunteers/verification-queue", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldNotContain("Camille");
        (await factory.CreateClient().GetAsync("/volunteers/verification-queue", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
