using Marten;
using Mediator;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.CompleteNeed;

public sealed record CompleteNeedCommand(Guid NeedId, long? ExpectedVersion) : ICommand<NeedDetails>;

public sealed class CompleteNeedHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<CompleteNeedCommand, NeedDetails>
{
    public async ValueTask<NeedDetails> Handle(CompleteNeedCommand command, CancellationToken cancellationToken)
        => await session.DecideAsync(user, command.NeedId, command.ExpectedVersion, need => need.Complete(user.Id, clock.GetUtcNow()), cancellationToken);
}

public static class CompleteNeedEndpoint
{
    public static void MapCompleteNeed(this IEndpointRouteBuilder app) =>
        app.MapPost("/needs/{id:guid}/complete", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var need = await sender.Send(new CompleteNeedCommand(id, request.IfMatchVersion()), ct);
                response.SetETag(need.Version);
                return TypedResults.Ok(need);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember))
            .WithName("CompleteNeed")
            .WithSummary("The work is done: the need is completed.")
            .WithTags("Needs");
}
