using System.Net;
using System.Text;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web.Tests.Components.Coordination;

/// <summary>A bUnit context signed in as a coordinator, with the needs, volunteers and matching services answered by the given functions.</summary>
internal static class CoordinatorContext
{
    public static BunitContext Create(
        Func<HttpRequestMessage, HttpResponseMessage>? needs = null,
        Func<HttpRequestMessage, HttpResponseMessage>? volunteers = null,
        Func<HttpRequestMessage, HttpResponseMessage>? matching = null,
        string culture = "fr-FR")
    {
        var context = WebTestContext.Create(_ => NotFound(), culture);
        // Registered last, these clients are the ones the pages get.
        context.Services.AddSingleton(new NeedsClient(Client(needs ?? (_ => NotFound()), "needs")));
        context.Services.AddSingleton(new VolunteersClient(Client(volunteers ?? (_ => Json("[]")), "volunteers")));
        context.Services.AddSingleton(new MatchingClient(Client(matching ?? (_ => NotFound()), "matching")));
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized("Camille Coordination");
        authorization.SetRoles(Web.Components.Pages.Coordination.CoordinatorPages.Role);
        return context;
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage NotFound() => new(HttpStatusCode.NotFound);

    /// <summary>A 400 problem naming one field, as the services' ProblemDetailsExceptionHandler writes it.</summary>
    public static HttpResponseMessage ValidationProblem(string field, string message) => Json(
        $$$"""{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,"errors":{"{{{field}}}":["{{{message}}}"]}}""",
        HttpStatusCode.BadRequest);

    /// <summary>The body the page sent (read by the stub before the answer).</summary>
    public static string Body(HttpRequestMessage request) => request.Options.TryGetValue(BodyKey, out var body) ? body : "";

    private static readonly HttpRequestOptionsKey<string> BodyKey = new("body");

    /// <summary>French separates thousands and the percent sign with (narrow) no-break spaces: compare with plain ones.</summary>
    public static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();

    private static HttpClient Client(Func<HttpRequestMessage, HttpResponseMessage> answer, string host) =>
        new(new Stub(answer)) { BaseAddress = new Uri($"http://{host}.test/") };

    private sealed class Stub(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Options.Set(BodyKey, request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            return answer(request);
        }
    }
}
