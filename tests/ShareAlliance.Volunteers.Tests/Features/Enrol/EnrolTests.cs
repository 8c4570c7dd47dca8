using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Volunteers.Features.Enrol;
using ShareAlliance.Volunteers.Features.GetProgramme;

namespace ShareAlliance.Volunteers.Tests.Features.Enrol;

public sealed class EnrolTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly People people = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EmployeeWithTheCode_IsEnrolledAndMatchingIsTold()
    {
        var admin = await people.EmployerAsync();
        var programme = await People.ProgrammeAsync(admin);
        var employee = await people.VolunteerAsync();

        // Typed by hand: lower case, with a space.
        var typed = $"{programme.InvitationCode[..5].ToLowerInvariant()} {programme.InvitationCode[5..]}";
        var enrolment = await People.Read<EnrolmentDetails>(await employee.Client.PostAsJsonAsync("/programmes/enrol", new { code = typed }, Ct));

        enrolment.EmployerId.ShouldBe(admin.EmployerId);
        enrolment.HoursCapPerEmployee.ShouldBe(80);
        var enrolled = await factory.Harness.Published.SelectAsync<Contracts.Volunteers.EmployeeEnrolled>(
            m => m.Context.Message.VolunteerId == employee.User.Id, Ct).FirstAsync(Ct);
        enrolled.Context.Message.ProgrammeId.ShouldBe(programme.Id);
        (await factory.Harness.Published.SelectAsync<Contracts.Volunteers.ProgrammeOpened>(m => m.Context.Message.ProgrammeId == programme.Id, Ct)
            .FirstAsync(Ct)).Context.Message.AnnualHoursBudget.ShouldBe(2_000);
    }

    [Fact]
    public async Task EnrollingTwice_Gets409_AndAClosedProgrammeTakesNobody()
    {
        var admin = await people.EmployerAsync();
        var programme = await People.ProgrammeAsync(admin);
        var employee = await people.VolunteerAsync();
        await employee.Client.PostAsJsonAsync("/programmes/enrol", new { code = programme.InvitationCode }, Ct);

        var twice = await employee.Client.PostAsJsonAsync("/programmes/enrol", new { code = programme.InvitationCode }, Ct);
        var closed = await People.Read<ProgrammeDetails>(await admin.Client.PostAsync($"/employers/{admin.EmployerId}/programmes/{programme.Id}/close", null, Ct));
        var late = await (await people.VolunteerAsync()).Client.PostAsJsonAsync("/programmes/enrol", new { code = programme.InvitationCode }, Ct);

        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        closed.Open.ShouldBeFalse();
        closed.Enrolled.ShouldBe(1);
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await factory.Harness.Published.SelectAsync<Contracts.Volunteers.ProgrammeClosed>(m => m.Context.Message.ProgrammeId == programme.Id, Ct)
            .FirstAsync(Ct)).Context.Message.Version.ShouldBe(3);
    }

    [Fact]
    public async Task UnknownCode_Gets404()
    {
        var employee = await people.VolunteerAsync();

        (await employee.Client.PostAsJsonAsync("/programmes/enrol", new { code = "NOPE-NOPE" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
