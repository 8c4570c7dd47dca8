using JasperFx.Events.Projections;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.CancelNeed;
using ShareAlliance.Needs.Features.CompleteNeed;
using ShareAlliance.Needs.Features.DraftNeed;
using ShareAlliance.Needs.Features.EditNeed;
using ShareAlliance.Needs.Features.ExpireNeeds;
using ShareAlliance.Needs.Features.GetAssociation;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.Needs.Features.ListAssociationNeeds;
using ShareAlliance.Needs.Features.ListAssociationsToReview;
using ShareAlliance.Needs.Features.MarkNeedStaffed;
using ShareAlliance.Needs.Features.NeedsTimeline;
using ShareAlliance.Needs.Features.PublishNeed;
using ShareAlliance.Needs.Features.RegisterAssociation;
using ShareAlliance.Needs.Features.ReviewAssociation;
using ShareAlliance.Needs.Features.SearchNeeds;
using ShareAlliance.Needs.Features.StartNeed;
using ShareAlliance.Needs.Integration;
using ShareAlliance.Needs.Ports;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.Needs;

/// <summary>The table of contents of the needs service: every endpoint, validator, projection, job and relay, listed.</summary>
public static class NeedsModule
{
    public static WebApplicationBuilder AddNeedsModule(this WebApplicationBuilder builder)
    {
        builder.AddEventStore("needs", options =>
            {
                options.Projections.Snapshot<Association>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Need>(SnapshotLifecycle.Inline);
                options.Schema.For<Need>().Index(n => n.AssociationId); // an association's list of its needs
                options.Projections.Add(new NeedSearchProjection(options.DatabaseSchemaName), ProjectionLifecycle.Inline);
            })
            .AddEventRelay<NeedsRelay>();

        builder.AddMessageBus(bus => bus.AddConsumer<NeedStaffedConsumer>());

        builder.Services.AddMediator((MediatorOptions o) => { o.ServiceLifetime = ServiceLifetime.Scoped; });
        builder.Services.AddValidatorsOf(typeof(NeedsModule).Assembly);
        builder.Services.AddSingleton<IAssociationRegistry, FixtureAssociationRegistry>();
        builder.Services.AddHostedService<NeedExpiryJob>();
        return builder;
    }

    public static WebApplication MapNeedsEndpoints(this WebApplication app)
    {
        app.MapRegisterAssociation();
        app.MapGetAssociation();
        app.MapListAssociationsToReview();
        app.MapReviewAssociation();
        app.MapListAssociationNeeds();

        app.MapDraftNeed();
        app.MapGetNeed();
        app.MapSearchNeeds();
        app.MapNeedsTimeline();
        app.MapEditNeed();
        app.MapPublishNeed();
        app.MapStartNeed();
        app.MapCompleteNeed();
        app.MapCancelNeed();
        return app;
    }
}
