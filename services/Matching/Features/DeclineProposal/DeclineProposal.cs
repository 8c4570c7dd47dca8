using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.DeclineProposal;

public sealed record DeclineProposalCommand(string ReasonCode) : ICommand<Proposal>
{
    public Guid ProposalId { get; init; }
}

public sealed class DeclineProposalValidator : AbstractValidator<DeclineProposalCommand>
{
    public DeclineProposalValidator() => RuleFor(c => c.ReasonCode)
        .NotEmpty()
        .Must(code => Proposal.VolunteerReasons.Contains(code, StringComparer.Ordinal) || Proposal.AssociationReasons.Contains(code, StringComparer.Ordinal))
        .WithMessage($"Use one of: {string.Join(", ", Proposal.VolunteerReasons.Union(Proposal.AssociationReasons, StringComparer.Ordinal))}.");
}

/// <summary>Either side declines with a reason code; the hours the proposal held are free again.</summary>
public sealed class DeclineProposalHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<DeclineProposalCommand, Proposal>
{
    public async ValueTask<Proposal> Handle(DeclineProposalCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForDecisionAsync(
            command.ProposalId, p => user.IsVolunteerOf(p) || user.ActsForAssociationOf(p), lockNeed: false, cancellationToken);
        var by = user.IsVolunteerOf(stream.Aggregate!) ? DeclinedBy.Volunteer : DeclinedBy.Association;
        return stream.Record(stream.Aggregate!.Decline(by, command.ReasonCode, clock.GetUtcNow()));
    }
}

public static class DeclineProposalEndpoint
{
    public static void MapDeclineProposal(this IEndpointRouteBuilder app) =>
        app.MapPost("/proposals/{id:guid}/decline", async (Guid id, DeclineProposalCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { ProposalId = id }, ct)).Answer(response))
            .WithName("DeclineProposal")
            .WithSummary("Decline a proposal, as its volunteer or as the association that owns the need, with a reason code.")
            .WithTags("Proposals");
}
