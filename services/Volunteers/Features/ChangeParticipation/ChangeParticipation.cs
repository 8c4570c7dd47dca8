using Marten;
using Mediator;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;
using ShareAlliance.Volunteers.Features.GetMyProfile;
using ShareAlliance.Volunteers.Features.RecordMatch;

namespace ShareAlliance.Volunteers.Features.ChangeParticipation;

public enum Participation
{
    Pause,
    Resume,
    Withdraw,
}

/// <summary>The volunteer pauses (nothing proposed until they resume), resumes, or withdraws for good.</summary>
public sealed record ChangeParticipationCommand(Participation Change, long? ExpectedVersion) : ICommand<MyProfile>;

public sealed class ChangeParticipationHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<ChangeParticipationCommand, MyProfile>
{
    public async ValueTask<MyProfile> Handle(ChangeParticipationCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForUpdateAsync<Volunteer>(user.Id, command.ExpectedVersion, cancellationToken);
        var volunteer = stream.Aggregate!;
        var now = clock.GetUtcNow();
        object decided = command.Change switch
        {
            Participation.Pause => volunteer.Pause(now),
            Participation.Resume => volunteer.Resume(now),
            _ => volunteer.Withdraw(now),
        };
        stream.AppendOne(decided);
        var details = await session.LoadAsync<VolunteerDetails>(user.Id, cancellationToken);
        return MyProfile.From(volunteer.Next(decided) with { Version = volunteer.Version + 1 }, details, await session.CommittedHoursAsync(user.Id, cancellationToken));
    }
}

public static class ChangeParticipationEndpoints
{
    public static void MapChangeParticipation(this IEndpointRouteBuilder app)
    {
        Map(app, "pause", Participation.Pause, "PauseMyProfile", "Pause your profile: nothing is proposed to you until you resume.");
        Map(app, "resume", Participation.Resume, "ResumeMyProfile", "Resume a paused profile.");
        Map(app, "withdraw", Participation.Withdraw, "WithdrawMyProfile", "Withdraw from the platform for good: nothing is proposed to you any more.");
    }

    private static void Map(IEndpointRouteBuilder app, string action, Participation change, string name, string summary) =>
        app.MapPost($"/volunteers/me/{action}", async (ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var profile = await sender.Send(new ChangeParticipationCommand(change, request.IfMatchVersion()), ct);
                response.SetETag(profile.Version);
                return TypedResults.Ok(profile);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Volunteer))
            .WithName(name)
            .WithSummary(summary)
            .WithTags("Volunteers");
}
