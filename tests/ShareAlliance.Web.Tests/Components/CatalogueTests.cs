using System.Net;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Web.Components.Pages;

namespace ShareAlliance.Web.Tests.Components;

public sealed class CatalogueTests
{
    [Fact]
    public void Facets_ShowEachCategoryInFrenchWithItsCountAndALinkThatAddsIt()
    {
        using var context = WebTestContext.Create(_ => WebTestContext.Json(WebTestContext.SearchAnswer));

        var page = context.Render<Catalogue>();

        var security = FacetLink(page, "SECURITY");
        security.TextContent.ShouldContain("Sécurité & conformité");
        security.TextContent.ShouldContain("(2)");
        security.GetAttribute("href").ShouldBe("needs?category=SECURITY");
        security.HasAttribute("aria-current").ShouldBeFalse();
        FacetLink(page, "Remote").TextContent.ShouldContain("À distance");
        page.Find("[data-testid=result-count]").TextContent.Trim().ShouldBe("3 besoins");
    }

    [Fact]
    public void ChosenCategory_IsMarkedAndItsLinkRemovesIt_AndTheSearchAsksTheApiForIt()
    {
        var asked = new List<string>();
        using var context = WebTestContext.Create(request =>
        {
            asked.Add(request.RequestUri!.PathAndQuery);
            return WebTestContext.Json(WebTestContext.SearchAnswer);
        });
        context.Services.GetRequiredService<NavigationManager>().NavigateTo("needs?category=SECURITY&workMode=Remote");

        var page = context.Render<Catalogue>();

        asked.ShouldContain("/needs?category=SECURITY&workMode=Remote&page=1&pageSize=20");
        var security = FacetLink(page, "SECURITY");
        security.GetAttribute("aria-current").ShouldBe("true");
        security.GetAttribute("href").ShouldBe("needs?workMode=Remote");
        FacetLink(page, "COMM").GetAttribute("href").ShouldBe("needs?category=SECURITY&category=COMM&workMode=Remote");
        page.Markup.ShouldContain("Effacer les filtres");
    }

    [Fact]
    public void InEnglish_LabelsDatesAndCountsAreEnglish()
    {
        using var context = WebTestContext.Create(_ => WebTestContext.Json(WebTestContext.SearchAnswer), "en-GB");

        var page = context.Render<Catalogue>();

        FacetLink(page, "SECURITY").TextContent.ShouldContain("Security & compliance");
        page.Find("[data-testid=result-count]").TextContent.Trim().ShouldBe("3 needs");
        page.Markup.ShouldContain("24/12/2026");
        page.Markup.ShouldContain("Backups");
    }

    [Fact]
    public void NeedsServiceDown_ShowsAClearMessageInsteadOfAnError()
    {
        using var context = WebTestContext.Create(_ => throw new HttpRequestException("connection refused"));

        var page = context.Render<Catalogue>();

        page.Find("[data-testid=service-unavailable]").TextContent.ShouldContain("Le service des besoins ne répond pas");
        page.FindAll("[data-testid=result-count]").ShouldBeEmpty();
    }

    [Fact]
    public void NeedsServiceAnswering500_ShowsTheSameMessage()
    {
        using var context = WebTestContext.Create(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError));

        var page = context.Render<Catalogue>();

        page.FindAll("[data-testid=service-unavailable]").ShouldHaveSingleItem();
    }

    private static IElement FacetLink(IRenderedComponent<Catalogue> page, string value) => page.Find($"a[data-facet-value='{value}']");
}
