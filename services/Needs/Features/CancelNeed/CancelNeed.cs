using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.CancelNeed;

public sealed record CancelNeedCommand(string Reason) : ICommand<NeedDetails>
{
    public Guid NeedId { get; init; }

    public long? ExpectedVersion { get; init; }
}

public sealed class CancelNeedValidator : AbstractValidator<CancelNeedCommand>
{
    public CancelNeedValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
}

public sealed class CancelNeedHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<CancelNeedCommand, NeedDetails>
{
    public async ValueTask<NeedDetails> Handle(CancelNeedCommand command, CancellationToken cancellationToken)
        => await session.DecideAsync(user, command.NeedId, command.ExpectedVersion, need => need.Cancel(command.Reason, user.Id, clock.GetUtcNow()), cancellationToken);
}

public static class CancelNeedEndpoint
{
    public static void MapCancelNeed(this IEndpointRouteBuilder app) =>
        app.MapPost("/needs/{id:guid}/cancel", async (Guid id, CancelNeedCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var need = await sender.Send(command with { NeedId = id, ExpectedVersion = request.IfMatchVersion() }, ct);
                response.SetETag(need.Version);
                return TypedResults.Ok(need);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember))
            .WithName("CancelNeed")
            .WithSummary("Cancel an open need, saying why (volunteers and funders are told).")
            .WithTags("Needs");
}
