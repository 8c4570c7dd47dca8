using System.Net;
using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Authorization;
using ShareAlliance.Web.Components.Pages;
using ShareAlliance.Web.Components.Pages.Coordination;

namespace ShareAlliance.Web.Tests.Components;

public sealed class DashboardTests
{
    private const string OpenNeeds = """
        {"total":5,"page":1,"pageSize":1,"items":[],"facets":{"category":[{"value":"SECURITY","count":3},{"value":"COMM","count":2}],"skill":[],"departement":[],
         "region":[{"value":"11","count":2},{"value":"84","count":1}],"workMode":[],"urgency":[],"format":[],"status":[]}}
        """;

    private const string CoveredNeeds = """
        {"total":2,"page":1,"pageSize":1,"items":[],"facets":{"category":[{"value":"DATA","count":2}],"skill":[],"departement":[],
         "region":[{"value":"11","count":2}],"workMode":[],"urgency":[],"format":[],"status":[]}}
        """;

    private const string Timeline = """
        [{"day":"2026-11-20","published":3,"staffed":0,"completed":0},{"day":"2026-11-24","published":7,"staffed":2,"completed":1}]
        """;

    [Fact]
    public void Coordinator_SeesEachChartWithItsTable_InFrench()
    {
        using var context = Create(HomeTests.Others);
        context.AddAuthorization().SetAuthorized("Camille").SetRoles(CoordinatorPages.Role);

        var page = context.Render<Dashboard>();

        page.Find("h1").TextContent.ShouldBe("Tableau de bord de l’alliance");
        HomeTests.Normalise(page.Find("[data-testid=dashboard-money] strong").TextContent).ShouldBe("1 234,56 €");
        HomeTests.Normalise(page.Find("[data-testid=dashboard-hours] strong").TextContent).ShouldBe("1 042 h");
        page.Find("[data-testid=dashboard-covered] strong").TextContent.ShouldBe("2");
        // Categories in the catalogue's order, open and covered side by side.
        Rows(page, "chart-category").ShouldBe(["Communication & visibilité | 2 | 0", "Données & impact | 0 | 2", "Sécurité & conformité | 3 | 0"]);
        // Needs without a place (remote) are the rest of each total.
        Rows(page, "chart-region").ShouldBe(["Île-de-France | 2 | 2", "Auvergne-Rhône-Alpes | 1 | 0", "À distance (sans lieu) | 2 | 0"]);
        Rows(page, "chart-skills-time").ShouldBe(["20/11/2026 | 3 | 0 | 0", "24/11/2026 | 7 | 2 | 1"]);
        Rows(page, "chart-money-time").ShouldBe(["23/11/2026 | 1 000,00 € | 0,00 €", "24/11/2026 | 1 234,56 € | 234,56 €"]);
        Rows(page, "chart-money-category").ShouldBe(["Sécurité & conformité | 4 000,00 € | 1 000,00 €", "Communication & visibilité | 1 000,00 € | 234,56 €"]);
        Rows(page, "chart-hours-category").ShouldBe(["Sécurité & conformité | 1 000 h", "Communication & visibilité | 42 h"]);
        Rows(page, "chart-hours-time").ShouldBe(["22/11/2026 | 42 h", "24/11/2026 | 1 042 h"]);
        // Each chart is MudBlazor's, hidden from assistive technologies that read the table instead.
        page.FindAll("[data-testid^=chart-] > [aria-hidden=true] > .mud-chart svg").Count.ShouldBeGreaterThanOrEqualTo(7);
        page.FindAll("[data-testid^=chart-] > [aria-hidden=true] > .mud-chart").Count.ShouldBe(7);
        page.FindAll("[data-testid^=chart-] table caption").Count.ShouldBe(7);
    }

    [Fact]
    public void Coordinator_InEnglish_ReadsEnglishLabelsAndNumbers()
    {
        using var context = Create(HomeTests.Others, "en-GB");
        context.AddAuthorization().SetAuthorized("Camille").SetRoles(CoordinatorPages.Role);

        var page = context.Render<Dashboard>();

        page.Find("h1").TextContent.ShouldBe("Alliance dashboard");
        Rows(page, "chart-category")[0].ShouldBe("Communication & visibility | 2 | 0");
        Rows(page, "chart-money-time")[1].ShouldBe("24/11/2026 | €1,234.56 | €234.56");
        Rows(page, "chart-hours-time")[1].ShouldBe("24/11/2026 | 1,042 h");
    }

    [Fact]
    public void FundingDown_TheDashboardSaysSo_AndShowsTheOtherFigures()
    {
        using var context = Create(r => r.RequestUri!.AbsolutePath == "/funding/figures" ? new HttpResponseMessage(HttpStatusCode.BadGateway) : HomeTests.Others(r));
        context.AddAuthorization().SetAuthorized("Camille").SetRoles(CoordinatorPages.Role);

        var page = context.Render<Dashboard>();

        page.Find("[data-testid=service-unavailable]").TextContent.Trim()
            .ShouldBe("Une partie des chiffres manque : le service des financements ne répond pas pour le moment.");
        page.FindAll("[data-testid=chart-money-time]").ShouldBeEmpty();
        Rows(page, "chart-hours-time").Count.ShouldBe(2);
        Rows(page, "chart-category").Count.ShouldBe(3);
    }

    [Fact]
    public void SomeoneWhoIsNotACoordinator_SeesNoFigures()
    {
        using var context = Create(HomeTests.Others);
        context.AddAuthorization().SetAuthorized("Alex").SetRoles("volunteer");

        var page = context.Render<Dashboard>();

        page.Find("[data-testid=not-authorized]").TextContent.ShouldBe("Cette page est réservée aux coordinateurs de l’alliance.");
        page.FindAll("[data-testid^=chart-]").ShouldBeEmpty();
        page.FindAll("[data-testid^=dashboard-]").ShouldBeEmpty();
    }

    [Fact]
    public void ThePage_RequiresTheCoordinatorRole_ForTheRouterAndTheServer()
    {
        typeof(Dashboard).GetCustomAttribute<AuthorizeAttribute>()?.Roles.ShouldBe("coordinator");
    }

    private static BunitContext Create(Func<HttpRequestMessage, HttpResponseMessage> others, string culture = "fr-FR") =>
        WebTestContext.Create(Needs, culture, others);

    private static HttpResponseMessage Needs(HttpRequestMessage request) =>
        request.RequestUri!.AbsolutePath == "/needs/timeline" ? WebTestContext.Json(Timeline)
        : request.RequestUri.Query.Contains("status=Staffed", StringComparison.Ordinal) ? WebTestContext.Json(CoveredNeeds)
        : WebTestContext.Json(OpenNeeds);

    /// <summary>The chart's table, one line per row: its cells joined by " | ".</summary>
    private static List<string> Rows(IRenderedComponent<Dashboard> page, string chart) =>
        [.. page.FindAll($"[data-testid={chart}] tbody tr").Select(row => HomeTests.Normalise(string.Join(" | ", row.Children.Select(c => c.TextContent.Trim()))))];
}
