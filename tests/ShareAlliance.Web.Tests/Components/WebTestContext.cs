using System.Globalization;
using System.Net;
using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web.Tests.Components;

/// <summary>
/// A bUnit context with the front end's services, in the given language: the needs service answered by the given function,
/// funding and matching by the function <c>others</c> (by default they do not answer: 503).
/// </summary>
internal static class WebTestContext
{
    public static BunitContext Create(Func<HttpRequestMessage, HttpResponseMessage> needs, string culture = "fr-FR", Func<HttpRequestMessage, HttpResponseMessage>? others = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        context.Services.AddSingleton(new NeedsClient(new HttpClient(new StubHandler(needs)) { BaseAddress = new Uri("http://needs.test/") }));
        var rest = others ?? (_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        context.Services.AddSingleton(new FundingClient(new HttpClient(new StubHandler(rest)) { BaseAddress = new Uri("http://funding.test/") }));
        context.Services.AddSingleton(new MatchingClient(new HttpClient(new StubHandler(rest)) { BaseAddress = new Uri("http://matching.test/") }));
        return context;
    }

    public static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A search answer: one security need, facets with two categories and one work mode.</summary>
    public const string SearchAnswer = """
        {"total":3,"page":1,"pageSize":20,
         "items":[{"id":"0b0c3b57-8f7e-4f7e-9d55-6a0e2e0b9a11","title":"Sauvegardes des postes","category":"SECURITY","status":"Published",
                   "workMode":"Remote","departement":null,"region":null,"city":null,"effortHours":12,"deadline":"2026-12-24","urgency":"High",
                   "format":"OneOffMission","requiredSkills":[{"skill":"security.backups","minimumLevel":2}],"budget":1234.56,
                   "publishedAt":"2026-11-20T10:00:00+00:00","distanceKm":null}],
         "facets":{"category":[{"value":"SECURITY","count":2},{"value":"COMM","count":1}],"skill":[],"departement":[],"region":[],
                   "workMode":[{"value":"Remote","count":3}],"urgency":[],"format":[],"status":[]}}
        """;

    private sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
