using System.Net;
using Bunit;
using ShareAlliance.Web.Components.Pages;

namespace ShareAlliance.Web.Tests.Components;

public sealed class NeedPageTests
{
    private const string Need = """
        {"id":"0b0c3b57-8f7e-4f7e-9d55-6a0e2e0b9a11","version":2,"associationId":"6c1f2b57-8f7e-4f7e-9d55-6a0e2e0b9a11","status":"Published",
         "title":"Sauvegardes des postes","description":"Mettre en place des sauvegardes.","category":"SECURITY","format":"OneOffMission",
         "workMode":"Hybrid","place":{"departement":"69","city":"Lyon"},"effortHours":12,"deadline":"2026-11-24","urgency":"High",
         "languages":["fr"],"requiredSkills":[{"skill":"security.backups","minimumLevel":2}],"budget":1234.56,"sensitive":false,
         "draftedAt":"2026-11-20T10:00:00+00:00","publishedAt":"2026-11-20T11:00:00+00:00","cancellationReason":null}
        """;

    private const string Association = """
        {"id":"6c1f2b57-8f7e-4f7e-9d55-6a0e2e0b9a11","version":3,"status":"Verified","statusReason":null,"name":"Les Amis du Numérique",
         "rna":"W751234567","siren":null,"siret":null,"causes":["digital-inclusion"],"departement":"69","city":"Lyon","size":"Small",
         "description":"","registeredAt":"2026-11-01T10:00:00+00:00"}
        """;

    private static readonly Guid Id = Guid.Parse("0b0c3b57-8f7e-4f7e-9d55-6a0e2e0b9a11");

    [Fact]
    public void InFrench_ShowsSkillsEffortDeadlineAndBudgetTheFrenchWay()
    {
        using var context = WebTestContext.Create(Api);

        var page = context.Render<NeedPage>(p => p.Add(x => x.Id, Id));

        page.Find("h1").TextContent.ShouldBe("Sauvegardes des postes");
        page.Find("[data-testid=association]").TextContent.ShouldBe("Un besoin de Les Amis du Numérique (Lyon)");
        page.Find("[data-testid=skills]").TextContent.ShouldContain("Sauvegardes — niveau 2 (autonome)");
        page.Find("[data-testid=effort]").TextContent.ShouldBe("12 h");
        page.Find("[data-testid=deadline]").TextContent.ShouldBe("24/11/2026");
        // French groups thousands with a (narrow) no-break space: "1 234,56 €".
        Normalise(page.Find("[data-testid=budget]").TextContent).ShouldBe("1 234,56 €");
        page.Markup.ShouldContain("Lyon, Rhône (69)");
    }

    [Fact]
    public void InEnglish_ShowsEnglishLabelsAndEuros()
    {
        using var context = WebTestContext.Create(Api, "en-GB");

        var page = context.Render<NeedPage>(p => p.Add(x => x.Id, Id));

        page.Find("[data-testid=skills]").TextContent.ShouldContain("Backups — level 2 (autonomous)");
        page.Find("[data-testid=deadline]").TextContent.ShouldBe("24/11/2026");
        page.Find("[data-testid=budget]").TextContent.ShouldBe("€1,234.56");
    }

    [Fact]
    public void AssociationNotPublic_TheNeedIsShownWithoutItsName()
    {
        using var context = WebTestContext.Create(r =>
            r.RequestUri!.AbsolutePath.StartsWith("/associations/", StringComparison.Ordinal) ? new HttpResponseMessage(HttpStatusCode.NotFound) : WebTestContext.Json(Need));

        var page = context.Render<NeedPage>(p => p.Add(x => x.Id, Id));

        page.Find("h1").TextContent.ShouldBe("Sauvegardes des postes");
        page.FindAll("[data-testid=association]").ShouldBeEmpty();
    }

    [Fact]
    public void UnknownNeed_SaysItDoesNotExist()
    {
        using var context = WebTestContext.Create(_ => new HttpResponseMessage(HttpStatusCode.NotFound));

        var page = context.Render<NeedPage>(p => p.Add(x => x.Id, Id));

        page.Markup.ShouldContain("Ce besoin n’existe pas ou n’est pas public.");
    }

    [Fact]
    public void GapMeter_SaysInWordsWhatIsPledgedAndWhatIsLeft_TheFrenchWay()
    {
        using var context = WebTestContext.Create(Api, others: _ => WebTestContext.Json(
            """{"needId":"0b0c3b57-8f7e-4f7e-9d55-6a0e2e0b9a11","version":2,"budget":1234.56,"pledged":900,"confirmed":100,"remaining":234.56}"""));

        var page = context.Render<NeedPage>(p => p.Add(x => x.Id, Id));

        Normalise(page.Find("[data-testid=funding-text]").TextContent).ShouldBe("1 000,00 € promis sur un budget de 1 234,56 € (81 %)");
        Normalise(page.Find("[data-testid=funding-confirmed]").TextContent).ShouldBe("dont 100,00 € confirmés");
        Normalise(page.Find("[data-testid=funding-gap]").TextContent).ShouldBe("Reste à financer : 234,56 €");
        var bar = page.Find("[role=progressbar]");
        bar.GetAttribute("aria-label").ShouldBe("Part du budget financée");
        bar.GetAttribute("aria-valuenow").ShouldBe("81");
        Normalise(bar.GetAttribute("aria-valuetext")!).ShouldBe("1 000,00 € promis sur un budget de 1 234,56 € (81 %)");
    }

    [Fact]
    public void GapMeter_InEnglish()
    {
        using var context = WebTestContext.Create(Api, "en-GB", _ => WebTestContext.Json(
            """{"needId":"0b0c3b57-8f7e-4f7e-9d55-6a0e2e0b9a11","version":1,"budget":1234.56,"pledged":1234.56,"confirmed":0,"remaining":0}"""));

        var page = context.Render<NeedPage>(p => p.Add(x => x.Id, Id));

        page.Find("[data-testid=funding-text]").TextContent.ShouldBe("€1,234.56 pledged of a €1,234.56 budget (100%)");
        page.Find("[data-testid=funding-gap]").TextContent.ShouldBe("Budget fully funded");
    }

    [Fact]
    public void NeedFundingNotYetKnown_AllOfTheBudgetIsLeftToFund()
    {
        using var context = WebTestContext.Create(Api, others: _ => new HttpResponseMessage(HttpStatusCode.NotFound));

        var page = context.Render<NeedPage>(p => p.Add(x => x.Id, Id));

        Normalise(page.Find("[data-testid=funding-text]").TextContent).ShouldBe("0,00 € promis sur un budget de 1 234,56 € (0 %)");
        Normalise(page.Find("[data-testid=funding-gap]").TextContent).ShouldBe("Reste à financer : 1 234,56 €");
    }

    [Fact]
    public void FundingServiceDown_TheNeedIsShownAndTheMeterSaysItIsUnavailable()
    {
        using var context = WebTestContext.Create(Api);

        var page = context.Render<NeedPage>(p => p.Add(x => x.Id, Id));

        page.Find("h1").TextContent.ShouldBe("Sauvegardes des postes");
        page.Find("[data-testid=funding-unavailable]").TextContent.ShouldBe("Le suivi du financement ne répond pas pour le moment.");
        page.FindAll("[data-testid=funding-meter]").ShouldBeEmpty();
    }

    private static HttpResponseMessage Api(HttpRequestMessage request) =>
        WebTestContext.Json(request.RequestUri!.AbsolutePath.StartsWith("/associations/", StringComparison.Ordinal) ? Association : Need);

    private static string Normalise(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
