using System.Net;
using ShareAlliance.Volunteers.Features.GetProgramme;
using ShareAlliance.Volunteers.Features.RegisterEmployer;

namespace ShareAlliance.Volunteers.Tests.Features.GetEmployer;

public sealed class GetEmployerTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly People people = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EmployerAdmin_ReadsTheCompanyAndItsProgrammesWithTheirCodes_OpenOnesFirst()
    {
        var admin = await people.EmployerAsync();
        var first = await People.ProgrammeAsync(admin);
        var second = await People.ProgrammeAsync(admin);
        (await admin.Client.PostAsync($"/employers/{admin.EmployerId}/programmes/{first.Id}/close", null, Ct)).EnsureSuccessStatusCode();

        var employer = await People.Read<EmployerDetails>(await admin.Client.GetAsync($"/employers/{admin.EmployerId}", Ct));
        var programmes = await People.Read<List<ProgrammeDetails>>(await admin.Client.GetAsync($"/employers/{admin.EmployerId}/programmes", Ct));

        (employer.CompanyName, employer.Siret, employer.Siren).ShouldBe(("Octet & Cie", "73282932000074", "732829320"));
        programmes.Select(p => (p.Id, p.Open, p.InvitationCode)).ShouldBe([(second.Id, true, second.InvitationCode), (first.Id, false, first.InvitationCode)]);
    }

    [Fact]
    public async Task AnotherEmployersAdmin_Gets403_ForTheCompanyAndItsProgrammes()
    {
        var admin = await people.EmployerAsync();
        var outsider = await people.EmployerAsync("Concurrent SA");

        (await outsider.Client.GetAsync($"/employers/{admin.EmployerId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await outsider.Client.GetAsync($"/employers/{admin.EmployerId}/programmes", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
