using Marten;
using Mediator;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Features.GetProgramme;

namespace ShareAlliance.Volunteers.Features.CloseProgramme;

public sealed record CloseProgrammeCommand(Guid EmployerId, Guid ProgrammeId, long? ExpectedVersion) : ICommand<ProgrammeDetails>;

public sealed class CloseProgrammeHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<CloseProgrammeCommand, ProgrammeDetails>
{
    public async ValueTask<ProgrammeDetails> Handle(CloseProgrammeCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchOwnedAsync(user, command.EmployerId, command.ProgrammeId, command.ExpectedVersion, cancellationToken);
        var programme = stream.Aggregate!;
        var closed = programme.Close(user.Id, clock.GetUtcNow());
        stream.AppendOne(closed);
        return ProgrammeDetails.Of(programme.Next(closed) with { Version = programme.Version + 1 });
    }
}

public static class CloseProgrammeEndpoint
{
    public static void MapCloseProgramme(this IEndpointRouteBuilder app) =>
        app.MapPost("/employers/{id:guid}/programmes/{programmeId:guid}/close", async (Guid id, Guid programmeId, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var programme = await sender.Send(new CloseProgrammeCommand(id, programmeId, request.IfMatchVersion()), ct);
                response.SetETag(programme.Version);
                return TypedResults.Ok(programme);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.EmployerAdmin, Roles.Coordinator))
            .WithName("CloseProgramme")
            .WithSummary("Close a programme: no more enrolments, no more sponsored hours under it.")
            .WithTags("Employers");
}
