using Bunit;
using ShareAlliance.Web.Components.Pages.Employer;
using static ShareAlliance.Web.Tests.Components.OrganisationTestContext;

namespace ShareAlliance.Web.Tests.Components.Employer;

public sealed class ProgrammePageTests
{
    private const string ProgrammeId = "0195a8f0-0000-7000-8000-0000000000f7";

    [Fact]
    public async Task Programme_ShowsItsInvitationCode_EmployeesHoursAndValuation_TheFrenchWay()
    {
        await using var test = Create((request, _) => request.RequestUri!.AbsolutePath switch
        {
            var p when p.EndsWith("/employees", StringComparison.Ordinal) => Json($$$"""
                {"programmeId":"{{{ProgrammeId}}}","employerId":"{{{EmployerId}}}","hoursCommitted":20,
                 "employees":[{"volunteerId":"0195a8f0-0000-7000-8000-000000000101","displayName":"Camille Martin","enrolledAt":"2026-11-24T09:00:00+00:00",
                               "hoursCommitted":20,"valuation":{"employeeId":"0195a8f0-0000-7000-8000-000000000101","hours":20,"cost":1110,"cap":144180,"value":1110}},
                              {"volunteerId":"0195a8f0-0000-7000-8000-000000000102","displayName":null,"enrolledAt":"2026-11-25T09:00:00+00:00",
                               "hoursCommitted":0,"valuation":{"employeeId":"0195a8f0-0000-7000-8000-000000000102","hours":0,"cost":0,"cap":144180,"value":0}}],
                 "valuation":{"employees":[],"totalValue":1110,"ceiling":50000,"eligibleValue":1110,"carriedForward":0,"reduction":666},
                 "atCapEstimate":{"employees":[],"totalValue":8880,"ceiling":50000,"eligibleValue":8880,"carriedForward":0,"reduction":5328},
                 "monthlyPass":4005,"turnover":"UpTo50M"}
                """),
            _ => Json($$$"""
                {"id":"{{{ProgrammeId}}}","employerId":"{{{EmployerId}}}","version":3,"name":"Octet solidaire 2027","annualHoursBudget":1200,"hoursCapPerEmployee":80,
                 "from":"2027-01-01","until":"2027-12-31","hourlyCost":55.5,"invitationCode":"K7QX2M9PRA","open":true,"enrolled":2}
                """),
        }, "fr-FR", $"employer:{EmployerId}");

        var page = test.Context.Render<ProgrammePage>(p => p.Add(o => o.Id, Guid.Parse(ProgrammeId)));

        page.WaitForAssertion(() => page.Find("[data-testid=invitation-code]").TextContent.ShouldBe("K7QX2M9PRA"));
        var rows = page.FindAll("[data-testid=employees] tbody tr");
        rows.Count.ShouldBe(2);
        rows[0].TextContent.ShouldContain("Camille Martin");
        rows[0].TextContent.ShouldContain("24/11/2026");
        rows[1].TextContent.ShouldContain("Compte supprimé");
        Plain(page.Find("[data-testid=valuation-total]").TextContent).ShouldBe("1 110,00 €");
        Plain(page.Find("[data-testid=valuation-reduction]").TextContent).ShouldBe("666,00 €");
        Plain(page.Find("[data-testid=at-cap-total]").TextContent).ShouldBe("8 880,00 €");
        Plain(page.Find("[data-testid=total-hours]").TextContent).ShouldBe("Total : 20 h confirmées");
        test.Requests.ShouldAllBe(r => r.StartsWith($"GET /employers/{EmployerId}/programmes/{ProgrammeId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnotherEmployersProgramme_IsNotFound_NotAnError()
    {
        await using var test = Create((_, _) => new HttpResponseMessage(System.Net.HttpStatusCode.NotFound), "fr-FR", $"employer:{EmployerId}");

        var page = test.Context.Render<ProgrammePage>(p => p.Add(o => o.Id, Guid.Parse(ProgrammeId)));

        page.WaitForAssertion(() => page.Markup.ShouldContain("Introuvable."));
    }

    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();
}
