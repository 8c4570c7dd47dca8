using JasperFx.Events.Projections;
using Marten;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.Features.AcceptProposal;
using ShareAlliance.Matching.Features.ConfirmProposal;
using ShareAlliance.Matching.Features.DeclineProposal;
using ShareAlliance.Matching.Features.ExpireProposals;
using ShareAlliance.Matching.Features.FundableNeeds;
using ShareAlliance.Matching.Features.GetKnown;
using ShareAlliance.Matching.Features.GetNeedMatches;
using ShareAlliance.Matching.Features.GetRound;
using ShareAlliance.Matching.Features.ListMyProposals;
using ShareAlliance.Matching.Features.MatchFigures;
using ShareAlliance.Matching.Features.ProposeMatches;
using ShareAlliance.Matching.Features.RecordFunding;
using ShareAlliance.Matching.Features.RecordNeed;
using ShareAlliance.Matching.Features.RecordVolunteer;
using ShareAlliance.Matching.Features.RunRound;
using ShareAlliance.Matching.Features.WithdrawProposals;
using ShareAlliance.Matching.Indexing;
using ShareAlliance.Matching.Integration;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.Matching;

/// <summary>The table of contents of the matching service: every consumer, endpoint, read model, job and relay, listed.</summary>
public static class MatchingModule
{
    public static WebApplicationBuilder AddMatchingModule(this WebApplicationBuilder builder)
    {
        builder.AddEventStore("matching", options =>
            {
                options.Projections.Snapshot<Proposal>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Round>(SnapshotLifecycle.Inline);
                // What IndexCatchUp reads every few seconds: the documents modified since its last tick.
                options.Schema.For<KnownNeed>().IndexLastModified();
                options.Schema.For<KnownVolunteer>().IndexLastModified();
                options.Schema.For<Proposal>().IndexLastModified();
            })
            .AddEventRelay<MatchingRelay>();

        // The index: weights from configuration, built before the bus starts consuming, kept current after each commit.
        var weights = builder.Configuration.GetSection("Matching:Weights").Get<MatchingWeights>() ?? MatchingWeights.Default;
        builder.Services.AddSingleton(weights);
        builder.Services.AddSingleton(builder.Configuration.GetSection("Matching:Proposals").Get<ProposalSettings>() ?? new ProposalSettings());
        builder.Services.AddSingleton(builder.Configuration.GetSection("Matching:Rounds").Get<RoundOptions>() ?? new RoundOptions());
        builder.Services.AddSingleton<MatchingIndex>();
        builder.Services.AddSingleton<IndexSync>();
        builder.Services.AddSingleton<IConfigureMarten, IndexSyncRegistration>();
        builder.Services.AddHostedService<IndexLoader>();
        builder.Services.AddHostedService<IndexCatchUp>();

        builder.AddMessageBus(bus =>
        {
            bus.AddConsumer<NeedsConsumer>();
            bus.AddConsumer<MatchingFundingConsumer>();
            bus.AddConsumer<VolunteersConsumer>();
            bus.AddConsumer<MatchingUserDeletedConsumer>();
        });

        builder.Services.AddMediator((MediatorOptions o) => { o.ServiceLifetime = ServiceLifetime.Scoped; });
        builder.Services.AddScoped<Proposer>();
        builder.Services.AddValidatorsOf(typeof(MatchingModule).Assembly);
        builder.Services.AddHostedService<ProposalExpiryJob>();
        return builder;
    }

    public static WebApplication MapMatchingEndpoints(this WebApplication app)
    {
        app.MapGetKnown();

        app.MapGetNeedMatches();
        app.MapListMyProposals();
        app.MapAcceptProposal();
        app.MapDeclineProposal();
        app.MapConfirmProposal();
        app.MapFundableNeeds();
        app.MapMatchFigures();
        app.MapRunRound();
        app.MapGetRound();
        return app;
    }
}
