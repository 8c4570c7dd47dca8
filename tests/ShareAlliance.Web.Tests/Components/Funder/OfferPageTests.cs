using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using ShareAlliance.Web.Components.Pages.Funder;
using static ShareAlliance.Web.Tests.Components.OrganisationTestContext;

namespace ShareAlliance.Web.Tests.Components.Funder;

public sealed class OfferPageTests
{
    private const string OfferId = "0195a8f0-0000-7000-8000-0000000000a1";
    private const string NeedId = "0195a8f0-0000-7000-8000-0000000000b1";

    private static readonly string Offer = $$$"""
        {"id":"{{{OfferId}}}","funderId":"{{{FunderId}}}","status":"Open","reserved":0,"remaining":10000,"draftedAt":"2026-11-20T10:00:00+00:00",
         "terms":{"title":"Outils numériques","description":"","totalBudget":10000,"maximumPerNeed":2000,"categories":[],"causes":[],"regions":[],
                  "departements":[],"formats":[],"deadline":"2027-06-30"}}
        """;

    private static readonly string Fundable = $$$"""
        [{"needId":"{{{NeedId}}}","associationId":"0195a8f0-0000-7000-8000-0000000000c1","title":"Sauvegardes des postes","category":"SECURITY",
          "deadline":"2027-01-15","gap":1000,"fundable":1000,"score":87.5,"gapCovered":1,"urgencyFit":1,"categoryFit":1,"causeFit":1}]
        """;

    [Fact]
    public async Task Pledge_UpdatesTheNeedsGapMeter_AndTheOffersRemaining_InFrenchAmounts()
    {
        var pledged = false;
        await using var test = Create((request, body) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", $"/offers/{OfferId}") when request.RequestUri.Host == "funding.test" => Json(pledged ? Offer.Replace("\"remaining\":10000", "\"remaining\":8765.44") : Offer),
            ("GET", $"/offers/{OfferId}/fundable-needs") => Json(Fundable),
            ("GET", $"/needs/{NeedId}/funding") => Json(pledged
                ? $$$"""{"needId":"{{{NeedId}}}","version":1,"budget":1000,"pledged":234.56,"confirmed":0,"remaining":765.44}"""
                : $$$"""{"needId":"{{{NeedId}}}","version":0,"budget":1000,"pledged":0,"confirmed":0,"remaining":1000}"""),
            ("POST", $"/offers/{OfferId}/pledges") => Pledged(ref pledged, body),
            var other => throw new InvalidOperationException($"unexpected {other}"),
        }, "fr-FR", $"funder:{FunderId}");
        var page = test.Context.Render<OfferPage>(p => p.Add(o => o.Id, Guid.Parse(OfferId)));
        page.WaitForAssertion(() => Plain(page.Find("[data-testid=funding-gap]").TextContent).ShouldBe("Reste à financer : 1 000,00 €"));
        Plain(page.Find("[data-testid=fundable]").TextContent).ShouldBe("1 000,00 €");

        await page.Find($"#pledge-{NeedId}").InputAsync(new ChangeEventArgs { Value = "234,56" });
        await page.Find("form[data-testid=pledge-form]").SubmitAsync();

        page.WaitForAssertion(() => Plain(page.Find("[data-testid=funding-gap]").TextContent).ShouldBe("Reste à financer : 765,44 €"));
        Plain(page.Find("[data-testid=funding-text]").TextContent).ShouldBe("234,56 € promis sur un budget de 1 000,00 € (23 %)");
        Plain(page.Find("[data-testid=pledged]").TextContent).ShouldContain("234,56 €");
        Plain(page.Find("[data-testid=offer-remaining]").TextContent).ShouldBe("8 765,44 €");
        Plain(page.Find("[data-testid=fundable]").TextContent).ShouldBe("765,44 €");
        test.Requests.ShouldContain(r => r.StartsWith($"POST /offers/{OfferId}/pledges ", StringComparison.Ordinal) && r.Contains("\"amount\":234.56"));
    }

    [Fact]
    public async Task Pledge_LowersTheRowsFundableFigure_ToWhatTheOffersCapPerNeedStillAllows_AndOffersItAsTheNextAmount()
    {
        var pledged = false;
        await using var test = Create((request, body) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", $"/offers/{OfferId}") when request.RequestUri.Host == "funding.test" => Json(pledged ? Offer.Replace("\"remaining\":10000", "\"remaining\":8500") : Offer),
            ("GET", $"/offers/{OfferId}/fundable-needs") => Json(Fundable.Replace("\"gap\":1000,\"fundable\":1000", "\"gap\":5000,\"fundable\":2000")),
            ("GET", $"/needs/{NeedId}/funding") => Json(pledged
                ? $$$"""{"needId":"{{{NeedId}}}","version":1,"budget":5000,"pledged":1500,"confirmed":0,"remaining":3500}"""
                : $$$"""{"needId":"{{{NeedId}}}","version":0,"budget":5000,"pledged":0,"confirmed":0,"remaining":5000}"""),
            ("POST", $"/offers/{OfferId}/pledges") => Pledged(ref pledged, body, 1500m),
            var other => throw new InvalidOperationException($"unexpected {other}"),
        }, "fr-FR", $"funder:{FunderId}");
        var page = test.Context.Render<OfferPage>(p => p.Add(o => o.Id, Guid.Parse(OfferId)));
        page.WaitForAssertion(() => Plain(page.Find("[data-testid=funding-gap]").TextContent).ShouldBe("Reste à financer : 5 000,00 €"));
        Plain(page.Find("[data-testid=fundable]").TextContent).ShouldBe("2 000,00 €");

        await page.Find($"#pledge-{NeedId}").InputAsync(new ChangeEventArgs { Value = "1500" });
        await page.Find("form[data-testid=pledge-form]").SubmitAsync();

        page.WaitForAssertion(() => Plain(page.Find("[data-testid=funding-gap]").TextContent).ShouldBe("Reste à financer : 3 500,00 €"));
        Plain(page.Find("[data-testid=fundable]").TextContent).ShouldBe("500,00 €");
        Plain(page.Find($"#pledge-{NeedId}").GetAttribute("value")!).ShouldBe("500,00");
    }

    [Fact]
    public async Task RefusedPledge_SaysWhyNextToTheNeed_AndKeepsTheAmount()
    {
        await using var test = Create((request, _) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", $"/offers/{OfferId}") => Json(Offer),
            ("GET", $"/offers/{OfferId}/fundable-needs") => Json(Fundable),
            ("GET", $"/needs/{NeedId}/funding") => Json($$$"""{"needId":"{{{NeedId}}}","version":0,"budget":1000,"pledged":0,"confirmed":0,"remaining":1000}"""),
            ("POST", _) => Refused("over-pledge", "The need has only 1000.00 € left to fund."),
            var other => throw new InvalidOperationException($"unexpected {other}"),
        }, "fr-FR", $"funder:{FunderId}");
        var page = test.Context.Render<OfferPage>(p => p.Add(o => o.Id, Guid.Parse(OfferId)));
        await page.WaitForElement($"#pledge-{NeedId}").InputAsync(new ChangeEventArgs { Value = "1 500" });

        await page.Find("form[data-testid=pledge-form]").SubmitAsync();

        page.WaitForAssertion(() => page.Find("[data-testid=form-problem]").TextContent.ShouldContain("The need has only 1000.00 € left to fund."));
        page.Find($"#pledge-{NeedId}").GetAttribute("value").ShouldBe("1 500");
    }

    [Fact]
    public async Task MatchingDown_TheOfferStillShows_WithAClearMessageWhereTheNeedsWouldBe()
    {
        await using var test = Create((request, _) => request.RequestUri!.Host switch
        {
            "funding.test" => Json(Offer),
            _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
        }, "fr-FR", $"funder:{FunderId}");

        var page = test.Context.Render<OfferPage>(p => p.Add(o => o.Id, Guid.Parse(OfferId)));

        page.WaitForAssertion(() => page.Find("[data-testid=service-unavailable]").TextContent.ShouldContain("Le service de mise en relation ne répond pas"));
        Plain(page.Find("[data-testid=offer-budget]").TextContent).ShouldBe("10 000,00 €");
    }

    private static HttpResponseMessage Pledged(ref bool pledged, string body, decimal amount = 234.56m)
    {
        pledged = true;
        body.ShouldContain(NeedId);
        var answer = $$$"""{"id":"0195a8f0-0000-7000-8000-0000000000d1","offerId":"{{{OfferId}}}","funderId":"{{{FunderId}}}","needId":"{{{NeedId}}}","amount":AMOUNT,"status":"Pledged","pledgedAt":"2026-11-24T10:00:00+00:00"}""";
        return Json(answer.Replace("AMOUNT", amount.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), HttpStatusCode.Created);
    }

    // French typography puts narrow and ordinary no-break spaces in amounts: compare them as plain spaces.
    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();
}
