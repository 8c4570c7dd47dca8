using System.Net;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Web.Authentication;
using ShareAlliance.Web.Components.Association;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web.Tests.Components.Association;

public sealed class AssociationHomeTests
{
    private const string AssociationId = "0195a8f0-0000-7000-8000-0000000000c1";

    private const string Association = $$$"""
        {"id":"{{{AssociationId}}}","version":2,"status":"Verified","statusReason":null,"name":"Les Ateliers du Lien","rna":"W751234567",
         "siren":null,"siret":null,"causes":["social"],"departement":"69","city":"Lyon","size":"Small","description":"",
         "registeredAt":"2026-11-01T10:00:00+00:00"}
        """;

    private const string Needs = """
        [{"id":"0195a8f0-0000-7000-8000-0000000000b2","version":1,"status":"Draft","title":"Former les bénévoles au tableur","category":"TRAINING",
          "deadline":"2027-02-01","draftedAt":"2026-11-23T10:00:00+00:00","publishedAt":null},
         {"id":"0195a8f0-0000-7000-8000-0000000000b1","version":3,"status":"Staffed","title":"Refaire le site","category":"COMM",
          "deadline":"2027-01-15","draftedAt":"2026-11-20T10:00:00+00:00","publishedAt":"2026-11-20T10:05:00+00:00"}]
        """;

    [Theory]
    [InlineData("fr-FR", "Brouillon", "Équipe trouvée", "15/01/2027")]
    [InlineData("en-GB", "Draft", "Staffed", "15/01/2027")]
    public void AssociationsNeeds_AreListedNewestFirst_WithTheirStatusInPlainWords_EachLinkingToItsPage(string culture, string draft, string staffed, string deadline)
    {
        using var context = Context(request => request.RequestUri!.AbsolutePath switch
        {
            $"/associations/{AssociationId}" => WebTestContext.Json(Association),
            $"/associations/{AssociationId}/needs" => WebTestContext.Json(Needs),
            var other => throw new InvalidOperationException($"unexpected {other}"),
        }, culture);

        var page = context.Render<AssociationHome>(p => p.Add(x => x.Id, Guid.Parse(AssociationId)));

        page.WaitForAssertion(() => page.FindAll("[data-testid=association-needs] tbody tr").Count.ShouldBe(2));
        var rows = page.FindAll("[data-testid=association-needs] tbody tr");
        rows[0].QuerySelector("a")!.TextContent.ShouldBe("Former les bénévoles au tableur");
        rows[0].QuerySelector("a")!.GetAttribute("href").ShouldBe("association/needs/0195a8f0-0000-7000-8000-0000000000b2");
        rows[0].QuerySelector("[data-testid=association-need-status]")!.TextContent.ShouldBe(draft);
        rows[1].QuerySelector("[data-testid=association-need-status]")!.TextContent.ShouldBe(staffed);
        rows[1].TextContent.ShouldContain(deadline);
    }

    [Fact]
    public void NeedsListNotAnswering_IsSaid_AndTheAssociationStillShows()
    {
        using var context = Context(request => request.RequestUri!.AbsolutePath.EndsWith("/needs", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            : WebTestContext.Json(Association));

        var page = context.Render<AssociationHome>(p => p.Add(x => x.Id, Guid.Parse(AssociationId)));

        page.WaitForAssertion(() => page.Find("[data-testid=service-unavailable]").TextContent.ShouldContain("Le service des besoins ne répond pas"));
        page.Find("h1").TextContent.ShouldBe("Les Ateliers du Lien");
        page.FindAll("[data-testid=association-needs]").ShouldBeEmpty();
    }

    private static BunitContext Context(Func<HttpRequestMessage, HttpResponseMessage> needs, string culture = "fr-FR")
    {
        var context = WebTestContext.Create(needs, culture);
        context.AddAuthorization().SetAuthorized("member").SetRoles("association_member");
        context.Services.AddSingleton(new IdentityClient(new HttpClient { BaseAddress = new Uri("http://identity.test/") }));
        context.Services.AddDistributedMemoryCache();
        context.Services.AddDataProtection();
        context.Services.AddSingleton(TimeProvider.System);
        context.Services.AddHttpClient();
        context.Services.AddSingleton<ServerSideTickets>();
        context.Services.AddSingleton<UserTokens>();
        return context;
    }
}
