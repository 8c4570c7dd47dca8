using FluentValidation;
using JasperFx.Events.Projections;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.Needs.Features.PublishNeed;
using ShareAlliance.Needs.Integration;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.Needs;

/// <summary>The table of contents of the needs service: every endpoint, validator, projection and relay, listed.</summary>
public static class NeedsModule
{
    public static WebApplicationBuilder AddNeedsModule(this WebApplicationBuilder builder)
    {
        builder.AddEventStore("needs", options =>
            {
                options.Projections.Snapshot<Need>(SnapshotLifecycle.Inline);
            })
            .AddEventRelay<NeedsRelay>();

        builder.AddMessageBus(_ => { });

        builder.Services.AddMediator((MediatorOptions o) => { o.ServiceLifetime = ServiceLifetime.Scoped; });
        builder.Services.AddScoped<IValidator<PublishNeedCommand>, PublishNeedValidator>();
        return builder;
    }

    public static WebApplication MapNeedsEndpoints(this WebApplication app)
    {
        app.MapPublishNeed();
        app.MapGetNeed();
        return app;
    }
}
