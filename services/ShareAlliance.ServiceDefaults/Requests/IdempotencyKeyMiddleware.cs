using Microsoft.AspNetCore.Http;

namespace ShareAlliance.ServiceDefaults.Requests;

/// <summary>Reads the Idempotency-Key header of state-changing requests into the scope's <see cref="OperationContext"/>.</summary>
internal sealed class IdempotencyKeyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private const int MaxLength = 200;

    public async Task InvokeAsync(HttpContext http, OperationContext operation)
    {
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || !http.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(http);
            return;
        }

        var key = values.ToString().Trim();
        if (key.Length is 0 or > MaxLength || values.Count > 1)
        {
            await TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [Header] = [$"Send one key of 1 to {MaxLength} characters (a UUID is a good choice)."] },
                type: Problems.ProblemTypes.Validation).ExecuteAsync(http);
            return;
        }

        // Scoped to the caller and the endpoint: another user's identical key is another operation (and must never be
        // answered with the first user's response), as is the same key sent to another endpoint.
        var caller = http.User.FindFirst(Security.ClaimNames.Subject)?.Value ?? "anonymous";
        operation.IdempotencyKey = $"http:{caller}:{http.Request.Method}:{http.Request.Path}:{key}";
        await next(http);
    }
}
