using JasperFx.Events.Projections;
using Mediator;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Requests;
using ShareAlliance.Volunteers.Domain;
using ShareAlliance.Volunteers.Features.ChangeParticipation;
using ShareAlliance.Volunteers.Features.CloseProgramme;
using ShareAlliance.Volunteers.Features.Enrol;
using ShareAlliance.Volunteers.Features.EraseDetails;
using ShareAlliance.Volunteers.Features.GetContact;
using ShareAlliance.Volunteers.Features.GetEmployer;
using ShareAlliance.Volunteers.Features.GetMyProfile;
using ShareAlliance.Volunteers.Features.GetProgramme;
using ShareAlliance.Volunteers.Features.GetVolunteer;
using ShareAlliance.Volunteers.Features.ListEmployees;
using ShareAlliance.Volunteers.Features.ListVolunteersToVerify;
using ShareAlliance.Volunteers.Features.OpenProgramme;
using ShareAlliance.Volunteers.Features.RecordMatch;
using ShareAlliance.Volunteers.Features.RegisterEmployer;
using ShareAlliance.Volunteers.Features.SearchVolunteers;
using ShareAlliance.Volunteers.Features.SetProfile;
using ShareAlliance.Volunteers.Features.VerifyVolunteer;
using ShareAlliance.Volunteers.Integration;

namespace ShareAlliance.Volunteers;

/// <summary>The table of contents of the volunteers service: every endpoint, validator, consumer, projection and relay, listed.</summary>
public static class VolunteersModule
{
    public static WebApplicationBuilder AddVolunteersModule(this WebApplicationBuilder builder)
    {
        builder.AddEventStore("volunteers", options =>
            {
                options.Projections.Snapshot<Volunteer>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Employer>(SnapshotLifecycle.Inline);
                options.Projections.Snapshot<Programme>(SnapshotLifecycle.Inline);
                options.Schema.For<Programme>().UniqueIndex(p => p.InvitationCode);
                options.Schema.For<VolunteerDetails>();
                options.Schema.For<VolunteerMatch>().Index(m => m.VolunteerId);
            })
            .AddEventRelay<VolunteersRelay>();

        builder.AddMessageBus(bus =>
        {
            bus.AddConsumer<UserDeletedConsumer>();
            bus.AddConsumer<VolunteerMatchesConsumer>();
        });

        builder.Services.AddMediator((MediatorOptions o) => { o.ServiceLifetime = ServiceLifetime.Scoped; });
        builder.Services.AddValidatorsOf(typeof(VolunteersModule).Assembly);
        builder.Services.AddSingleton(MonthlyPassTable.From(builder.Configuration));
        return builder;
    }

    public static WebApplication MapVolunteersEndpoints(this WebApplication app)
    {
        app.MapSetProfile();
        app.MapGetMyProfile();
        app.MapChangeParticipation();
        app.MapVerifyVolunteer();
        app.MapListVolunteersToVerify();
        app.MapGetVolunteer();
        app.MapSearchVolunteers();
        app.MapGetContact();

        app.MapRegisterEmployer();
        app.MapOpenProgramme();
        app.MapGetEmployer();
        app.MapGetProgramme();
        app.MapListProgrammes();
        app.MapCloseProgramme();
        app.MapEnrol();
        app.MapListEmployees();
        return app;
    }
}
