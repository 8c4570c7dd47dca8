using System.Net;
using Bunit;
using ShareAlliance.Web.Components.Pages;

namespace ShareAlliance.Web.Tests.Components;

public sealed class HomeTests
{
    private const string Search = """
        {"total":57,"page":1,"pageSize":1,"items":[],"facets":{"category":[],"skill":[],"departement":[],"region":[],"workMode":[],"urgency":[],"format":[],
         "status":[{"value":"Completed","count":1234},{"value":"Published","count":57},{"value":"Staffed","count":3},{"value":"InProgress","count":2},{"value":"Expired","count":9}]}}
        """;

    internal const string FundingFigures = """
        {"total":{"key":null,"needs":4,"funded":1,"budget":5000.00,"pledged":1000.00,"confirmed":234.56,"gap":3765.44},
         "byCategory":[{"key":"SECURITY","needs":3,"funded":1,"budget":4000.00,"pledged":1000.00,"confirmed":0,"gap":3000.00},
                       {"key":"COMM","needs":1,"funded":0,"budget":1000.00,"pledged":0,"confirmed":234.56,"gap":765.44}],
         "byRegion":[{"key":"11","needs":4,"funded":1,"budget":5000.00,"pledged":1000.00,"confirmed":234.56,"gap":3765.44}],
         "days":[{"day":"2026-11-23","pledged":1000.00,"confirmed":0},{"day":"2026-11-24","pledged":1000.00,"confirmed":234.56}]}
        """;

    internal const string MatchFigures = """
        {"total":{"category":null,"matches":5,"hoursPerMonth":1042},"volunteers":4,"needsStaffed":2,
         "byCategory":[{"category":"SECURITY","matches":4,"hoursPerMonth":1000},{"category":"COMM","matches":1,"hoursPerMonth":42}],
         "days":[{"day":"2026-11-22","matches":1,"hoursPerMonth":42},{"day":"2026-11-24","matches":5,"hoursPerMonth":1042}]}
        """;

    [Fact]
    public void Figures_AreTheServicesTotals_NeedsOpenCoveredCompleted_HoursAndEuros()
    {
        var asked = new List<string>();
        using var context = WebTestContext.Create(
            request =>
            {
                asked.Add(request.RequestUri!.Query);
                return WebTestContext.Json(Search);
            },
            others: Others);

        var page = context.Render<Home>();

        page.Find("[data-testid=open-needs]").TextContent.ShouldContain("57");
        page.Find("[data-testid=open-needs]").TextContent.ShouldContain("besoins ouverts");
        // Covered in skills: staffed (3), in progress (2) and completed (1 234); expired needs are not.
        Normalise(page.Find("[data-testid=covered-needs] strong").TextContent).ShouldBe("1 239");
        // French groups thousands with a (narrow) no-break space.
        Normalise(page.Find("[data-testid=completed-needs] strong").TextContent).ShouldBe("1 234");
        Normalise(page.Find("[data-testid=hours-committed] strong").TextContent).ShouldBe("1 042 h");
        // Pledged and awaiting confirmation, plus confirmed.
        Normalise(page.Find("[data-testid=money-pledged] strong").TextContent).ShouldBe("1 234,56 €");
        asked.ShouldBe(["?page=1&pageSize=1"], "one search gives every status's count");
    }

    [Fact]
    public void InEnglish_TheFiguresReadTheEnglishWay()
    {
        using var context = WebTestContext.Create(_ => WebTestContext.Json(Search), "en-GB", Others);

        var page = context.Render<Home>();

        page.Find("[data-testid=money-pledged]").TextContent.ShouldContain("€1,234.56 pledged by funders");
        page.Find("[data-testid=hours-committed]").TextContent.ShouldContain("1,042 h volunteer hours committed a month");
    }

    [Fact]
    public void FundingAndMatchingDown_TheNeedsFiguresStay_AndTheOthersSayTheyAreUnavailable()
    {
        using var context = WebTestContext.Create(_ => WebTestContext.Json(Search));

        var page = context.Render<Home>();

        page.Find("[data-testid=open-needs] strong").TextContent.ShouldBe("57");
        page.Find("[data-testid=money-pledged]").TextContent.ShouldContain("Chiffre indisponible pour le moment");
        page.Find("[data-testid=hours-committed]").TextContent.ShouldContain("Chiffre indisponible pour le moment");
        page.FindAll("[data-testid=service-unavailable]").ShouldBeEmpty();
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

    /// <summary>Funding and matching as they answer at their figures' addresses.</summary>
    internal static HttpResponseMessage Others(HttpRequestMessage request) => request.RequestUri!.AbsolutePath switch
    {
        "/funding/figures" => WebTestContext.Json(FundingFigures),
        "/matches/figures" => WebTestContext.Json(MatchFigures),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    };

    internal static string Normalise(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
