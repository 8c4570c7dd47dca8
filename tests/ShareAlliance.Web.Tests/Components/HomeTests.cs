using Bunit;
using ShareAlliance.Web.Components.Pages;

namespace ShareAlliance.Web.Tests.Components;

public sealed class HomeTests
{
    [Fact]
    public void Figures_AreTheNeedsServiceTotals_OpenAndCompleted()
    {
        var asked = new List<string>();
        using var context = WebTestContext.Create(request =>
        {
            asked.Add(request.RequestUri!.Query);
            var total = request.RequestUri.Query.Contains("status=Completed", StringComparison.Ordinal) ? 1234 : 57;
            return WebTestContext.Json($$$"""{"total":{{{total}}},"page":1,"pageSize":1,"items":[],"facets":{"category":[],"skill":[],"departement":[],"region":[],"workMode":[],"urgency":[],"format":[],"status":[]}}""");
        });

        var page = context.Render<Home>();

        page.Find("[data-testid=open-needs]").TextContent.ShouldContain("57");
        page.Find("[data-testid=open-needs]").TextContent.ShouldContain("besoins ouverts");
        // French groups thousands with a (narrow) no-break space.
        page.Find("[data-testid=completed-needs] strong").TextContent.Replace('\u202F', ' ').Replace('\u00A0', ' ').ShouldBe("1 234");
        asked.ShouldBe(["?page=1&pageSize=1", "?status=Completed&page=1&pageSize=1"]);
    }

    [Fact]
    public void NeedsServiceDown_TheHomePageStillExplainsTheAllianceAndSaysTheFiguresAreMissing()
    {
        using var context = WebTestContext.Create(_ => throw new HttpRequestException("connection refused"));

        var page = context.Render<Home>();

        page.Find("h1").TextContent.ShouldBe("Des compétences numériques et des financements pour les associations");
        page.FindAll("[data-testid=service-unavailable]").ShouldHaveSingleItem();
        page.FindAll("[data-testid=open-needs]").ShouldBeEmpty();
    }
}
