using System.Net;
using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.Volunteers.Features.ListEmployees;

namespace ShareAlliance.Volunteers.Tests.Features.ListEmployees;

public sealed class ListEmployeesTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly People people = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EmployerAdmin_SeesEnrolledEmployeesByName_HoursAndValuation()
    {
        var admin = await people.EmployerAsync();
        var programme = await People.ProgrammeAsync(admin);
        var employee = await people.VolunteerAsync();
        (await employee.Client.PostAsJsonAsync("/programmes/enrol", new { code = programme.InvitationCode }, Ct)).EnsureSuccessStatusCode();

        var list = await People.Read<ProgrammeEmployees>(await admin.Client.GetAsync(Route(admin.EmployerId, programme.Id), Ct));

        var enrolled = list.Employees.ShouldHaveSingleItem();
        enrolled.VolunteerId.ShouldBe(employee.User.Id);
        enrolled.DisplayName.ShouldBe("Camille Martin", "the employee agreed to be seen by enrolling");
        enrolled.HoursCommitted.ShouldBe(0, "no hours are confirmed yet");
        list.Valuation.TotalValue.ShouldBe(0m);
        list.MonthlyPass.ShouldBe(4_005m, "the configured PASS; 2027 is not configured yet, so 2026's");
        // At the cap: 80 h × 55.50 € = 4 440 € (well under 12 × 12 015 €); ceiling 50 000 € (UpTo50M: 0.5 % of 10 M€); 60 % → 2 664 €.
        list.AtCapEstimate.TotalValue.ShouldBe(4_440m);
        list.AtCapEstimate.Reduction.ShouldBe(2_664m);
    }

    [Fact]
    public async Task ConfirmedMatch_CountsItsHoursForTheProgramme_AndTheirValuation()
    {
        var admin = await people.EmployerAsync();
        var programme = await People.ProgrammeAsync(admin); // 2027, cap 80 h, 55.50 € an hour
        var employee = await people.VolunteerAsync();
        (await employee.Client.PostAsJsonAsync("/programmes/enrol", new { code = programme.InvitationCode }, Ct)).EnsureSuccessStatusCode();

        // Confirmed before the programme starts, 6 h a month: 12 months of 2027 → 72 h.
        var confirmed = new Contracts.Matching.MatchConfirmed(Guid.NewGuid(), Guid.NewGuid(), employee.User.Id, 6, DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        await factory.Harness.Bus.Publish(confirmed, ctx => ctx.MessageId = messageId, Ct);
        await factory.Deliveries.WaitAsync(messageId, 1);

        var list = await People.Read<ProgrammeEmployees>(await admin.Client.GetAsync(Route(admin.EmployerId, programme.Id), Ct));

        list.Employees.ShouldHaveSingleItem().HoursCommitted.ShouldBe(72);
        list.HoursCommitted.ShouldBe(72);
        list.Valuation.TotalValue.ShouldBe(72 * 55.50m);
    }

    [Fact]
    public async Task AnotherEmployersAdmin_Gets403_AndOwnIdWithTheirProgramme_Gets404()
    {
        var admin = await people.EmployerAsync();
        var programme = await People.ProgrammeAsync(admin);
        var outsider = await people.EmployerAsync("Concurrent SA");

        var underTheirId = await outsider.Client.GetAsync(Route(admin.EmployerId, programme.Id), Ct);
        var underOwnId = await outsider.Client.GetAsync(Route(outsider.EmployerId, programme.Id), Ct);
        var closeUnderOwnId = await outsider.Client.PostAsync($"/employers/{outsider.EmployerId}/programmes/{programme.Id}/close", null, Ct);
        var openUnderTheirId = await outsider.Client.PostAsJsonAsync($"/employers/{admin.EmployerId}/programmes", People.ProgrammeBody(), Ct);

        underTheirId.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        underOwnId.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        closeUnderOwnId.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        openUnderTheirId.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var still = await admin.Client.GetFromJsonAsync<Volunteers.Features.GetProgramme.ProgrammeDetails>($"/employers/{admin.EmployerId}/programmes/{programme.Id}", Ct);
        still!.Open.ShouldBeTrue();
        still.Version.ShouldBe(1);
    }

    [Fact]
    public async Task DeletedEmployee_NoLongerShowsByName()
    {
        var admin = await people.EmployerAsync();
        var programme = await People.ProgrammeAsync(admin);
        var employee = await people.VolunteerAsync();
        (await employee.Client.PostAsJsonAsync("/programmes/enrol", new { code = programme.InvitationCode }, Ct)).EnsureSuccessStatusCode();

        var messageId = Guid.NewGuid();
        await factory.Harness.Bus.Publish(new Contracts.Identity.UserDeleted(employee.User.Id, DateTimeOffset.UtcNow), ctx => ctx.MessageId = messageId, Ct);
        await factory.Deliveries.WaitAsync(messageId, 1);

        var list = await People.Read<ProgrammeEmployees>(await admin.Client.GetAsync(Route(admin.EmployerId, programme.Id), Ct));
        list.Employees.ShouldHaveSingleItem().DisplayName.ShouldBeNull();
    }

    private static string Route(Guid employerId, Guid programmeId) => $"/employers/{employerId}/programmes/{programmeId}/employees";
}
