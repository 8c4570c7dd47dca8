using System.Text.Json;
using FluentValidation;
using JasperFx;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.ServiceDefaults.Problems;

/// <summary>The one place where exceptions become RFC 7807 problem details; endpoints never catch.</summary>
internal sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException v => Validation(v.Errors.GroupBy(e => JsonPath.ToFieldName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).ToArray())),
            BadHttpRequestException { InnerException: JsonException json } => Validation(BodyError(json)),
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Type = ProblemTypes.Validation,
                Title = "The request could not be read.",
                Detail = bad.Message,
            },
            Security.ForbiddenException forbidden => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Type = ProblemTypes.Forbidden,
                Title = "You may not do this.",
                Detail = forbidden.Message,
            },
            NotFoundException missing => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Type = ProblemTypes.NotFound,
                Title = "Not found.",
                Detail = missing.Message,
            },
            RuleViolationException rule => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = ProblemTypes.Rule(rule.Code),
                Title = "The change was refused.",
                Detail = rule.Message,
            },
            StaleVersionException => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Type = ProblemTypes.StaleVersion,
                Title = "The resource changed since you read it.",
                Detail = "Read it again (GET) and retry with the new ETag in If-Match.",
            },
            // A race lost at commit on a request that named its version (If-Match) is that version going stale.
            ConcurrencyException when http.Request.Headers.IfMatch.Count > 0 => new ProblemDetails
            {
                Status = StatusCodes.Status412PreconditionFailed,
                Type = ProblemTypes.StaleVersion,
                Title = "The resource changed since you read it.",
                Detail = "Read it again (GET) and retry with the new ETag in If-Match.",
            },
            ConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = ProblemTypes.ConcurrentWrite,
                Title = "Another change to this resource was saved at the same time.",
                Detail = "Read it again and retry.",
            },
            IdempotencyKeyReusedException => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Type = ProblemTypes.IdempotencyKeyReused,
                Title = "This Idempotency-Key was already used for a different request.",
                Detail = "Use a new key for a new request.",
            },
            _ => null,
        };

        if (problem is null)
        {
            // Unexpected: logged with its stack trace here, answered without it.
            LogUnhandled(logger, exception, http.Request.Method, http.Request.Path);
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "Something went wrong on our side." };
        }

        http.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    private static ValidationProblemDetails Validation(IDictionary<string, string[]> errors) => new(errors)
    {
        Status = StatusCodes.Status400BadRequest,
        Type = ProblemTypes.Validation,
        Title = "Some fields are missing or invalid.",
    };

    private static Dictionary<string, string[]> BodyError(JsonException json)
    {
        // System.Text.Json reports where it stopped as a JSON path ("$.requiredSkills[0].minimumLevel"): name that field.
        var field = JsonPath.ToFieldName(json.Path);
        var message = json.Path is null or "$"
            ? "The body is not valid JSON."
            : $"The value of '{field}' is not valid here (wrong type or malformed JSON).";
        return new() { [field] = [message] };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}

/// <summary>Maps JSON paths and C# property paths to the camelCase field names clients send.</summary>
internal static class JsonPath
{
    public static string ToFieldName(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        var trimmed = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
        return string.Join('.', trimmed.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
    }
}
