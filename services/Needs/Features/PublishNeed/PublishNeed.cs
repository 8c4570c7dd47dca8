using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.PublishNeed;

public sealed record PublishNeedCommand(Guid NeedId, long? ExpectedVersion) : ICommand<NeedDetails>;

public sealed class PublishNeedHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<PublishNeedCommand, NeedDetails>
{
    public async ValueTask<NeedDetails> Handle(PublishNeedCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchOwnedAsync(user, command.NeedId, command.ExpectedVersion, cancellationToken);
        var association = await session.LoadAsync<Association>(stream.Aggregate!.AssociationId, cancellationToken);
        var published = stream.Aggregate.Publish(association?.Status == AssociationStatus.Verified, user.Id, clock.GetUtcNow());
        stream.AppendOne(published);
        return NeedDetails.From(stream.Aggregate.Apply(published) with { Version = stream.Aggregate.Version + 1 });
    }
}

public static class PublishNeedEndpoint
{
    public static void MapPublishNeed(this IEndpointRouteBuilder app) =>
        app.MapPost("/needs/{id:guid}/publish", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var need = await sender.Send(new PublishNeedCommand(id, request.IfMatchVersion()), ct);
                response.SetETag(need.Version);
                return TypedResults.Ok(need);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember))
            .WithName("PublishNeed")
            .WithSummary("Publish a draft: volunteers and funders see it. Only a verified association may publish.")
            .WithTags("Needs");
}
