using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetAssociation;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.ReviewAssociation;

public enum ReviewDecision
{
    Verify,
    Reject,
    Suspend,
}

/// <summary>A coordinator's decision on an association; reject and suspend need a reason the association will read.</summary>
public sealed record ReviewAssociationCommand(string? Reason) : ICommand<AssociationDetails>
{
    public Guid AssociationId { get; init; }

    public ReviewDecision Decision { get; init; }

    public long? ExpectedVersion { get; init; }
}

public sealed class ReviewAssociationValidator : AbstractValidator<ReviewAssociationCommand>
{
    public ReviewAssociationValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Decision != ReviewDecision.Verify).WithMessage("Say why: the association will read it.");
        RuleFor(c => c.Reason).MaximumLength(500);
    }
}

public sealed class ReviewAssociationHandler(IDocumentSession session, CurrentUser user, TimeProvider clock)
    : ICommandHandler<ReviewAssociationCommand, AssociationDetails>
{
    public async ValueTask<AssociationDetails> Handle(ReviewAssociationCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForUpdateAsync<Association>(command.AssociationId, command.ExpectedVersion, cancellationToken);
        var association = stream.Aggregate!;
        var now = clock.GetUtcNow();
        object decided = command.Decision switch
        {
            ReviewDecision.Verify => association.Verify(user.Id, now),
            ReviewDecision.Reject => association.Reject(command.Reason!, user.Id, now),
            _ => association.Suspend(command.Reason!, user.Id, now),
        };
        stream.AppendOne(decided);
        return AssociationDetails.From(association.Next(decided) with { Version = association.Version + 1 });
    }
}

public static class ReviewAssociationEndpoints
{
    public static void MapReviewAssociation(this IEndpointRouteBuilder app)
    {
        Map(app, "verify", ReviewDecision.Verify, "VerifyAssociation", "Verify an association: it may now publish needs.");
        Map(app, "reject", ReviewDecision.Reject, "RejectAssociation", "Reject a newly registered association, with a reason.");
        Map(app, "suspend", ReviewDecision.Suspend, "SuspendAssociation", "Suspend a verified association, with a reason.");
    }

    private static void Map(IEndpointRouteBuilder app, string action, ReviewDecision decision, string name, string summary) =>
        app.MapPost($"/associations/{{id:guid}}/{action}", async (Guid id, ReviewAssociationCommand? command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var association = await sender.Send(
                    (command ?? new ReviewAssociationCommand(Reason: null)) with { AssociationId = id, Decision = decision, ExpectedVersion = request.IfMatchVersion() }, ct);
                response.SetETag(association.Version);
                return TypedResults.Ok(association);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName(name)
            .WithSummary(summary)
            .WithTags("Associations");
}
