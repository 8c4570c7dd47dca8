using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Testing;
using ShareAlliance.Volunteers.Features.RegisterEmployer;

namespace ShareAlliance.Volunteers.Tests.Features.RegisterEmployer;

public sealed class RegisterEmployerTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly TestUser owner = new(Guid.NewGuid(), [Roles.EmployerAdmin], []);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewEmployer_IsRegisteredAndItsOwnerAnnounced()
    {
        var response = await factory.CreateClientAs(owner).PostAsJsonAsync("/employers", new { companyName = "Octet & Cie", siret = "732 829 320 00074", turnover = "UpTo50M" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var employer = await People.Read<EmployerDetails>(response);
        employer.Siret.ShouldBe("73282932000074");
        employer.Siren.ShouldBe("732829320", "the SIRET's first nine digits");
        var registered = await factory.Harness.Published
            .SelectAsync<Contracts.Volunteers.EmployerRegistered>(m => m.Context.Message.EmployerId == employer.Id, Ct).FirstAsync(Ct);
        registered.Context.Message.OwnerUserId.ShouldBe(owner.Id);
    }

    [Theory]
    [InlineData("""{"companyName":"Octet","siret":"73282932000079","turnover":"UpTo2M"}""", "siret")]
    [InlineData("""{"companyName":"Octet","siret":"7328293200007","turnover":"UpTo2M"}""", "siret")]
    [InlineData("""{"companyName":"Octet","siren":"732829321","turnover":"UpTo2M"}""", "siren")]
    [InlineData("""{"companyName":"Octet","turnover":"UpTo2M"}""", "siren")]
    [InlineData("""{"companyName":"","siren":"732829320","turnover":"UpTo2M"}""", "companyName")]
    [InlineData("""{"companyName":"Octet","siren":"732829320"}""", "turnover")]
    public async Task BadField_Gets400NamingIt_AndStoresNothing(string body, string named)
    {
        var before = await Database.CountStreamsAsync(factory.Schema, Ct);

        var response = await factory.CreateClientAs(owner).PostAsync("/employers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        problem.GetProperty("errors").TryGetProperty(named, out _).ShouldBeTrue(problem.ToString());
        (await Database.CountStreamsAsync(factory.Schema, Ct)).ShouldBe(before);
    }

    [Fact]
    public async Task Volunteer_CannotRegisterAnEmployer() =>
        (await factory.CreateClientAs(TestUser.Volunteer()).PostAsJsonAsync("/employers", People.EmployerBody(), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
}
