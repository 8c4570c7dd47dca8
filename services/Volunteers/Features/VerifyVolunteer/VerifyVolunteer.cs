using Marten;
using Mediator;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;
using ShareAlliance.Volunteers.Features.GetVolunteer;

namespace ShareAlliance.Volunteers.Features.VerifyVolunteer;

/// <summary>A coordinator vouches for a volunteer: only verified volunteers are proposed for sensitive needs.</summary>
public sealed record VerifyVolunteerCommand(Guid VolunteerId, long? ExpectedVersion) : ICommand<VolunteerPublicView>;

public sealed class VerifyVolunteerHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<VerifyVolunteerCommand, VolunteerPublicView>
{
    public async ValueTask<VolunteerPublicView> Handle(VerifyVolunteerCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForUpdateAsync<Volunteer>(command.VolunteerId, command.ExpectedVersion, cancellationToken);
        var volunteer = stream.Aggregate!;
        var verified = volunteer.Verify(user.Id, clock.GetUtcNow());
        stream.AppendOne(verified);
        return VolunteerPublicView.From(volunteer.Next(verified) with { Version = volunteer.Version + 1 });
    }
}

public static class VerifyVolunteerEndpoint
{
    public static void MapVerifyVolunteer(this IEndpointRouteBuilder app) =>
        app.MapPost("/volunteers/{id:guid}/verify", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var volunteer = await sender.Send(new VerifyVolunteerCommand(id, request.IfMatchVersion()), ct);
                response.SetETag(volunteer.Version);
                return TypedResults.Ok(volunteer);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName("VerifyVolunteer")
            .WithSummary("Verify a volunteer (coordinators): they may then be proposed for sensitive needs.")
            .WithTags("Volunteers");
}
