using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShareAlliance.Web.Services;

/// <summary>
/// What every typed client shares: a failing service becomes <see cref="ServiceUnavailableException"/> (the page says so and
/// keeps what was typed); a refusal (400 with field errors, 403, 404, 409, 412) becomes an <see cref="ApiProblem"/> the
/// form shows next to the right field.
/// </summary>
public abstract class ApiClient(HttpClient http, string service)
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    protected HttpClient Http { get; } = http;

    /// <summary>GET a resource; null when it does not exist (404).</summary>
    protected async Task<T?> GetOrNullAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        var result = await SendAsync<T>(HttpMethod.Get, path, body: null, cancellationToken);
        return result.Value;
    }

    /// <summary>GET a resource that must exist: anything but success is the service failing.</summary>
    protected async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        var result = await SendAsync<T>(HttpMethod.Get, path, body: null, cancellationToken);
        return result.IsSuccess && result.Value is { } value ? value : throw new ServiceUnavailableException(service);
    }

    /// <summary>
    /// A request whose refusal the page shows (validation, rights, rules); network and 5xx failures throw. With
    /// <paramref name="ifMatch"/> (the version read), a change made meanwhile by someone else is refused with 412.
    /// </summary>
    protected async Task<ApiResult<T>> SendAsync<T>(
        HttpMethod method, string path, object? body, CancellationToken cancellationToken, string? idempotencyKey = null, long? ifMatch = null)
    {
        try
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, options: Json);
            }

            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            if (ifMatch is { } version)
            {
                request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\""));
            }

            using var response = await Http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                var value = response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0
                    ? default
                    : await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
                return new ApiResult<T>(value, null);
            }

            if ((int)response.StatusCode >= 500)
            {
                throw new ServiceUnavailableException(service);
            }

            return new ApiResult<T>(default, await ApiProblem.ReadAsync(response, cancellationToken));
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnavailableException(service, e);
        }
    }
}

/// <summary>A value, or the service's refusal.</summary>
public sealed record ApiResult<T>(T? Value, ApiProblem? Problem)
{
    public bool IsSuccess => Problem is null;
}

/// <summary>An RFC 7807 problem as the services send it: field errors by camelCase name (<c>title</c>, <c>requiredSkills[0].skill</c>).</summary>
public sealed record ApiProblem(int Status, string? Type, string? Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>The errors of one field (case-insensitive name), joined; null when it has none.</summary>
    public string? ErrorFor(string field) =>
        Errors.FirstOrDefault(e => string.Equals(e.Key, field, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } messages
            ? string.Join(" ", messages)
            : null;

    /// <summary>The machine-readable code of a rule refusal: the last segment of <see cref="Type"/> (…/problems/over-pledge → over-pledge).</summary>
    public string? Code => Type?.Split('/').LastOrDefault();

    public static async Task<ApiProblem> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        try
        {
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var root = document.RootElement;
            var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    errors[field.Name] = field.Value.ValueKind == JsonValueKind.Array
                        ? [.. field.Value.EnumerateArray().Select(m => m.GetString() ?? string.Empty)]
                        : [field.Value.ToString()];
                }
            }

            return new ApiProblem(status, Text(root, "type"), Text(root, "title"), Text(root, "detail"), errors);
        }
        catch (JsonException)
        {
            return new ApiProblem(status, null, null, null, new Dictionary<string, string[]>());
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
