using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Requests;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.ServiceDefaults;

/// <summary>What every ShareAlliance service shares: telemetry, health, problem details, OpenAPI, the mediator pipeline.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Tag of the health checks that must pass before a replica takes traffic (database, broker).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Adds the shared wiring; the service adds its own with <c>Add&lt;Service&gt;Module()</c>.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.AddTelemetry();
        builder.AddPlatformSecurity();

        // A rule stops at its first failure: "required" is the one message, and later checks never see a missing value.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // Minimal APIs answer a bad body with an empty 400 unless told to throw: throwing lets the handler name the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        });

        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(o => o.CustomSchemaIds(t => t.FullName?.Replace('+', '.')));

        builder.Services.AddHealthChecks()
            .AddNpgSql(builder.Configuration.GetConnectionString("Marten") ?? string.Empty, name: "postgresql", tags: [ReadyTag]);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<Failpoints>();
        builder.Services.AddScoped<OperationContext>();
        // Outermost first: log, then validate, then commit (idempotency + one transaction).
        builder.Services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        builder.Services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        builder.Services.AddScoped(typeof(IPipelineBehavior<,>), typeof(CommitBehavior<,>));
        return builder;
    }

    private static void AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.IncludeScopes = true;
        });

        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Environment.ApplicationName))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                .AddMeter("MassTransit", "Marten"))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                    .AddHttpClientInstrumentation()
                    // One trace across services: MassTransit carries the context in message headers, the relay continues it.
                    .AddSource("MassTransit", "Marten", "Npgsql", EventRelay.Source.Name);

                // With no collector, spans would be recorded for nobody (the pipeline benchmark, Needs + Matching: 7.0 → 6.0 ms
                // of CPU per need on a busy machine, within the noise on a quiet one). They are then created for propagation
                // only, so the trace id still follows a need across services and a caller that asks for a sampled trace still
                // gets one. OTEL_TRACES_SAMPLER (the SDK's own setting) chooses otherwise.
                if (!exporting && string.IsNullOrWhiteSpace(builder.Configuration["OTEL_TRACES_SAMPLER"]))
                {
                    t.SetSampler(new ParentBasedSampler(new AlwaysOffSampler()));
                }
            });

        // Exported only where a collector is configured (OTEL_EXPORTER_OTLP_ENDPOINT), as in every OpenTelemetry SDK.
        if (exporting)
        {
            telemetry.UseOtlpExporter();
        }
    }

    /// <summary>Maps health endpoints and, in development, the Swagger UI; adds the shared middleware.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UsePlatformSecurity();
        app.UseMiddleware<IdempotencyKeyMiddleware>();

        if (app.Environment.IsDevelopment())
        {
            app.UseSwagger();
            app.UseSwaggerUI();
        }

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithName("Live").WithSummary("The process is up (no dependency checked).").WithTags("Health").AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResponseWriter = WriteHealthAsync,
            // MassTransit calls a bus whose receive endpoints lost the broker "degraded": it cannot do its work, so not ready.
            ResultStatusCodes =
                {
                    [HealthStatus.Healthy] = StatusCodes.Status200OK,
                    [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                    [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
                },
        })
            .WithName("Ready").WithSummary("PostgreSQL and RabbitMQ answer: the service can take traffic.").WithTags("Health").AllowAnonymous();
        return app;
    }

    // Which dependency is failing, so an operator need not guess; descriptions name components, never data.
    private static Task WriteHealthAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        });
    }
}
