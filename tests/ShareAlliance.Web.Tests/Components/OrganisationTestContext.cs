using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web.Tests.Components;

/// <summary>
/// A bUnit context for the funder and employer pages: a signed-in person (acting for the organisations given), and the
/// funding, volunteers and matching services answered by one function that sees every request (method, path, body).
/// </summary>
internal sealed class OrganisationTestContext : IAsyncDisposable
{
    public const string FunderId = "0195a8f0-0000-7000-8000-00000000f001";
    public const string EmployerId = "0195a8f0-0000-7000-8000-00000000e001";

    private OrganisationTestContext(BunitContext context) => Context = context;

    public BunitContext Context { get; }

    /// <summary>Every request the services received, as "METHOD /path body".</summary>
    public List<string> Requests { get; } = [];

    public static OrganisationTestContext Create(Func<HttpRequestMessage, string, HttpResponseMessage> services, string culture = "fr-FR", params string[] organisations)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var context = new BunitContext();
        var test = new OrganisationTestContext(context);
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        var auth = context.AddAuthorization();
        auth.SetAuthorized("someone");
        auth.SetClaims([.. organisations.Select(o => new Claim("org", o))]);
        HttpClient Client(string name) => new(new StubHandler(test, services)) { BaseAddress = new Uri($"http://{name}.test/") };
        context.Services.AddSingleton(new FundingClient(Client("funding")));
        context.Services.AddSingleton(new VolunteersClient(Client("volunteers")));
        context.Services.AddSingleton(new MatchingClient(Client("matching")));
        return test;
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A 400 as ServiceDefaults writes it: problem details naming each bad field in camelCase.</summary>
    public static HttpResponseMessage BadRequest(string field, string message) => new(HttpStatusCode.BadRequest)
    {
        Content = new StringContent(
            $$$"""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"{{{field}}}":["{{{message}}}"]}}""",
            Encoding.UTF8, "application/problem+json"),
    };

    public static HttpResponseMessage Refused(string code, string detail) => new(HttpStatusCode.Conflict)
    {
        Content = new StringContent(
            $$$"""{"type":"https://sharealliance.org/problems/{{{code}}}","title":"Refused","status":409,"detail":"{{{detail}}}"}""",
            Encoding.UTF8, "application/problem+json"),
    };

    /// <summary>The error text MudBlazor shows under the input with this id (empty when none).</summary>
    public static string ErrorOf<T>(IRenderedComponent<T> page, string inputId)
        where T : Microsoft.AspNetCore.Components.IComponent =>
        page.Find($"#{inputId}").Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() ?? "";

    // MudBlazor registers services that only dispose asynchronously.
    public ValueTask DisposeAsync() => Context.DisposeAsync();

    private sealed class StubHandler(OrganisationTestContext test, Func<HttpRequestMessage, string, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (test.Requests)
            {
                test.Requests.Add($"{request.Method} {request.RequestUri!.PathAndQuery} {body}".Trim());
            }

            return answer(request, body);
        }
    }
}
