using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.ServiceDefaults.Security;

/// <summary>Authentication, deny-by-default authorization, rate limits, security headers, CORS and size limits.</summary>
public static class SecurityExtensions
{
    /// <summary>The audience (OpenIddict resource) every API access token is issued for.</summary>
    public const string DefaultAudience = "sharealliance-api";

    /// <summary>Rate-limit policy for endpoints that guess-work attacks target: login, registration, password reset.</summary>
    public const string StrictRateLimit = "strict";

    internal static void AddPlatformSecurity(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection("Auth");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<CurrentUser>();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                // Signature (keys from the issuer's JWKS), issuer, audience and lifetime are all validated: none is switched off.
                o.Authority = auth["Authority"];
                o.Audience = auth["Audience"] ?? DefaultAudience;
                o.RequireHttpsMetadata = auth.GetValue("RequireHttpsMetadata", !builder.Environment.IsDevelopment());
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = ClaimNames.Subject;
                o.TokenValidationParameters.RoleClaimType = ClaimNames.Role;
                o.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            });

        // Deny by default: an endpoint is anonymous only when it says so (.AllowAnonymous()).
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        var limits = builder.Configuration.GetSection("RateLimits");
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
            // Per user when signed in, per client address otherwise.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.GetValue("PerMinute", 600),
                    Window = TimeSpan.FromMinutes(1),
                }));
            o.AddPolicy(StrictRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                $"strict:{http.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.GetValue("StrictPerMinute", 10),
                    Window = TimeSpan.FromMinutes(1),
                }));
        });

        var origins = builder.Configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        builder.Services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (origins.Length > 0)
            {
                p.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Location", "Retry-After");
            }
        }));

        builder.WebHost.ConfigureKestrel(k =>
            k.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Limits:MaxRequestBodyBytes", 1_048_576L));
    }

    internal static void UsePlatformSecurity(this WebApplication app)
    {
        app.Use(AddSecurityHeaders);
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
    }

    private static string PartitionKey(HttpContext http) =>
        http.User.FindFirstValue(ClaimNames.Subject) is { } subject ? $"user:{subject}" : $"ip:{http.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await TypedResultsProblem(context.HttpContext, retryAfter, cancellationToken);
    }

    private static Task TypedResultsProblem(HttpContext http, TimeSpan retryAfter, CancellationToken cancellationToken) =>
        http.Response.WriteAsJsonAsync(
            new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Type = ProblemTypes.Base + "too-many-requests",
                Title = "Too many requests.",
                Detail = $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.",
            },
            options: null,
            contentType: "application/problem+json",
            cancellationToken);

    private static Task AddSecurityHeaders(HttpContext http, Func<Task> next)
    {
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // The APIs serve JSON only; the Swagger UI (development) needs its scripts and styles.
        if (!http.Request.Path.StartsWithSegments("/swagger"))
        {
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
        }

        return next();
    }
}
