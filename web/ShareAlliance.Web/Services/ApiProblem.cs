using System.Net;
using System.Text.Json;

namespace ShareAlliance.Web.Services;

/// <summary>
/// A service's refusal, read from its problem details (RFC 7807): 400 with the bad fields by their camelCase names, 403,
/// 404, 409 with the rule's code (https://sharealliance.org/problems/{code}), 412. Forms show <see cref="For"/> next to the
/// field it names and <see cref="Code"/> or the title above the form.
/// </summary>
public sealed record ApiProblem(int Status, string? Type, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    private const string TypePrefix = "https://sharealliance.org/problems/";

    /// <summary>The rule a 409 names (for example "over-pledge"), or null.</summary>
    public string? Code => Type is { } type && type.StartsWith(TypePrefix, StringComparison.Ordinal) ? type[TypePrefix.Length..] : null;

    /// <summary>The first message about a field (its camelCase name, as the API writes it), or null.</summary>
    public string? For(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>Messages about fields the form does not show: said above the form, so none is lost.</summary>
    public IEnumerable<string> Besides(params string[] shown) =>
        Errors.Where(e => !shown.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).SelectMany(e => e.Value);

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = document.RootElement;
            var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in list.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? [.. field.Value.EnumerateArray().Select(m => m.GetString()).OfType<string>()]
                        : [field.Value.ToString()];
                }
            }

            return new(status, Text(root, "type"), Text(root, "title"), Text(root, "detail"), errors);
        }
        catch (JsonException)
        {
            return new(status, null, response.ReasonPhrase, null, new Dictionary<string, string[]>());
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A service answered with a refusal (4xx): the page shows it, and keeps what the person typed.</summary>
public sealed class ApiProblemException(string service, ApiProblem problem)
    : Exception($"The {service} service refused the request ({problem.Status} {problem.Code ?? problem.Title}).")
{
    public string Service { get; } = service;

    public ApiProblem Problem { get; } = problem;
}

/// <summary>Sends a request to a service and reads its answer: a refusal becomes <see cref="ApiProblemException"/>, no answer (or a 5xx) <see cref="ServiceUnavailableException"/>.</summary>
internal static class ServiceCalls
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public static async Task<T> SendAsync<T>(HttpClient http, string service, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(http, service, request, cancellationToken);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken) ?? throw new ServiceUnavailableException(service);
        }
        catch (JsonException e)
        {
            throw new ServiceUnavailableException(service, e);
        }
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, string service, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnavailableException(service, e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                throw new ServiceUnavailableException(service);
            }

            throw new ApiProblemException(service, await ApiProblem.ReadAsync(response, cancellationToken));
        }
    }

    public static HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(path, UriKind.Relative));

    /// <summary>A POST with a JSON body and an Idempotency-Key: a retried click never acts twice.</summary>
    public static HttpRequestMessage Post(string path, object? body = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = body is null ? null : JsonContent.Create(body, options: Json),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString("N"));
        return request;
    }
}
