using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShareAlliance.DemoData.Platform;

/// <summary>A service answered something the generator cannot go on from; the message says which call and what came back.</summary>
public sealed class ApiException(string message) : Exception(message);

/// <summary>A service could not be reached at all (connection refused, timeout): nothing to retry from here.</summary>
public sealed class ServiceUnreachableException(string message, Exception? inner = null) : Exception(message, inner);

public static class Api
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ServiceUnreachableException($"{request.Method} {Where(http, request)}: {e.Message}", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnreachableException($"{request.Method} {Where(http, request)}: no answer in time", e);
        }
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string? accessToken = null, object? body = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (accessToken is not null)
        {
            request.Headers.Authorization = new("Bearer", accessToken);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Json);
        }

        return request;
    }

    /// <summary>The body as <typeparamref name="T"/> when the status is <paramref name="expected"/>; otherwise an <see cref="ApiException"/> saying what happened.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected, string doing, CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
        {
            throw await FailureAsync(response, doing, cancellationToken);
        }

        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new ApiException($"{doing}: {Describe(response.RequestMessage)} answered an empty body.");
    }

    public static async Task EnsureAsync(HttpResponseMessage response, HttpStatusCode expected, string doing, CancellationToken cancellationToken)
    {
        if (response.StatusCode != expected)
        {
            throw await FailureAsync(response, doing, cancellationToken);
        }
    }

    /// <summary>"registering association 3: POST /associations answered 400 Bad Request: name: 'Name' must not be empty."</summary>
    public static async Task<ApiException> FailureAsync(HttpResponseMessage response, string doing, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return new ApiException($"{doing}: {Describe(response.RequestMessage)} answered {(int)response.StatusCode} {response.ReasonPhrase}{Problem(body)}");
    }

    private static string Problem(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "";
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var parts = new List<string>();
            foreach (var name in new[] { "title", "detail", "error", "error_description" })
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    parts.Add(value.GetString()!);
                }
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                parts.AddRange(errors.EnumerateObject().Select(e => $"{e.Name}: {string.Join(" ", e.Value.EnumerateArray().Select(m => m.GetString()))}"));
            }

            return parts.Count > 0 ? ": " + string.Join(" ", parts) : ": " + Shorten(body);
        }
        catch (JsonException)
        {
            return ": " + Shorten(body);
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static string Describe(HttpRequestMessage? request) =>
        request is null ? "the service" : $"{request.Method} {request.RequestUri?.AbsolutePath}";

    private static string Where(HttpClient http, HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } absolute ? absolute.ToString() : new Uri(http.BaseAddress!, request.RequestUri!).ToString();
}
