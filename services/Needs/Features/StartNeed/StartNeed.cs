using Marten;
using Mediator;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.StartNeed;

public sealed record StartNeedCommand(Guid NeedId, long? ExpectedVersion) : ICommand<NeedDetails>;

public sealed class StartNeedHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<StartNeedCommand, NeedDetails>
{
    public async ValueTask<NeedDetails> Handle(StartNeedCommand command, CancellationToken cancellationToken)
        => await session.DecideAsync(user, command.NeedId, command.ExpectedVersion, need => need.Start(user.Id, clock.GetUtcNow()), cancellationToken);
}

public static class StartNeedEndpoint
{
    public static void MapStartNeed(this IEndpointRouteBuilder app) =>
        app.MapPost("/needs/{id:guid}/start", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var need = await sender.Send(new StartNeedCommand(id, request.IfMatchVersion()), ct);
                response.SetETag(need.Version);
                return TypedResults.Ok(need);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember))
            .WithName("StartNeed")
            .WithSummary("Work has begun on a staffed need.")
            .WithTags("Needs");
}
