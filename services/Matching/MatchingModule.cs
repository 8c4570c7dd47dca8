using Mediator;
using ShareAlliance.Matching.Features.GetKnownFunding;
using ShareAlliance.Matching.Features.GetKnownNeed;
using ShareAlliance.Matching.Features.GetKnownVolunteer;
using ShareAlliance.Matching.Features.RecordFunding;
using ShareAlliance.Matching.Features.RecordNeed;
using ShareAlliance.Matching.Features.RecordVolunteer;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.Matching;

/// <summary>The table of contents of the matching service: every consumer, endpoint and read model, listed.</summary>
public static class MatchingModule
{
    public static WebApplicationBuilder AddMatchingModule(this WebApplicationBuilder builder)
    {
        builder.AddEventStore("matching", _ => { });

        builder.AddMessageBus(bus =>
        {
            bus.AddConsumer<NeedsConsumer>();
            bus.AddConsumer<MatchingFundingConsumer>();
            bus.AddConsumer<VolunteersConsumer>();
        });

        builder.Services.AddMediator((MediatorOptions o) => { o.ServiceLifetime = ServiceLifetime.Scoped; });
        return builder;
    }

    public static WebApplication MapMatchingEndpoints(this WebApplication app)
    {
        app.MapGetKnownNeed();
        app.MapGetKnownFunding();
        app.MapGetKnownVolunteer();
        return app;
    }
}
