using System.Net;
using System.Text.Json;

namespace ShareAlliance.Volunteers.Tests.Features.GetVolunteer;

public sealed class GetVolunteerTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly People people = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublicProfile_IsAnonymousAndReadableWithoutSigningIn()
    {
        var volunteer = await people.VolunteerAsync();

        var response = await factory.CreateClient().GetAsync($"/volunteers/{volunteer.User.Id}", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var view = JsonDocument.Parse(body).RootElement;
        view.GetProperty("hoursPerMonth").GetInt32().ShouldBe(12);
        view.GetProperty("departement").GetString().ShouldBe("69");
        view.GetProperty("skills").GetArrayLength().ShouldBe(2);
        body.ShouldNotContain("Camille");
        body.ShouldNotContain("example.org");
    }

    [Fact]
    public async Task UnknownVolunteer_Gets404() =>
        (await factory.CreateClient().GetAsync($"/volunteers/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
}
