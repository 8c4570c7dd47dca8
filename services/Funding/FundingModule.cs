using JasperFx.Events.Projections;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.Features.BrowseEligibleNeeds;
using ShareAlliance.Funding.Features.CancelPledge;
using ShareAlliance.Funding.Features.CloseOffer;
using ShareAlliance.Funding.Features.ConfirmPledge;
using ShareAlliance.Funding.Features.DraftOffer;
using ShareAlliance.Funding.Features.FundingFigures;
using ShareAlliance.Funding.Features.GetFunder;
using ShareAlliance.Funding.Features.GetNeedFunding;
using ShareAlliance.Funding.Features.GetOffer;
using ShareAlliance.Funding.Features.GetPledge;
using ShareAlliance.Funding.Features.MakePledge;
using ShareAlliance.Funding.Features.OpenOffer;
using ShareAlliance.Funding.Features.RecordNeed;
using ShareAlliance.Funding.Features.RegisterFunder;
using ShareAlliance.Funding.Integration;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.Funding;

/// <summary>The table of contents of the funding service: every endpoint, validator, consumer, projection and relay, listed.</summary>
public static class FundingModule
{
    public static WebApplicationBuilder AddFundingModule(this WebApplicationBuilder builder)
    {
        builder.AddEventStore("funding", options =>
            {
                options.Projections.Snapshot<Funder>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<FundingOffer>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<NeedFunding>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Pledge>(SnapshotLifecycle.Inline);
                options.Schema.For<FundingOffer>().Index(o => o.FunderId);
            })
            .AddEventRelay<FundingRelay>();

        builder.AddMessageBus(bus =>
        {
            bus.AddConsumer<FundingNeedsConsumer>();
        });

        builder.Services.AddMediator((MediatorOptions o) => { o.ServiceLifetime = ServiceLifetime.Scoped; });
        builder.Services.AddValidatorsOf(typeof(FundingModule).Assembly);
        return builder;
    }

    public static WebApplication MapFundingEndpoints(this WebApplication app)
    {
        app.MapRegisterFunder();
        app.MapGetFunder();

        app.MapDraftOffer();
        app.MapGetOffer();
        app.MapOpenOffer();
        app.MapCloseOffer();
        app.MapBrowseEligibleNeeds();

        app.MapMakePledge();
        app.MapGetPledge();
        app.MapListFunderPledges();
        app.MapConfirmPledge();
        app.MapCancelPledge();

        app.MapGetNeedFunding();
        app.MapFundingFigures();
        return app;
    }
}
