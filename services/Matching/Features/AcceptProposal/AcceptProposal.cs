using Marten;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.AcceptProposal;

public sealed record AcceptProposalCommand(Guid ProposalId) : ICommand<Proposal>;

/// <summary>
/// The volunteer accepts: their hours are held from now on, so they must fit their availability (409 availability-exceeded);
/// a need no longer open refuses it (409 need-not-open).
/// </summary>
public sealed class AcceptProposalHandler(IDocumentSession session, CurrentUser user, TimeProvider clock, MatchingWeights weights)
    : ICommandHandler<AcceptProposalCommand, Proposal>
{
    public async ValueTask<Proposal> Handle(AcceptProposalCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForDecisionAsync(command.ProposalId, user.IsVolunteerOf, lockNeed: false, cancellationToken);
        var now = clock.GetUtcNow();
        var commitments = await session.CommitmentsAsync(stream.Aggregate!.VolunteerId, now, weights, cancellationToken);
        var need = await session.LoadAsync<KnownNeed>(stream.Aggregate.NeedId, cancellationToken);
        return stream.Record(stream.Aggregate.Accept(commitments, need is { IsOpen: true }, now));
    }
}

public static class AcceptProposalEndpoint
{
    public static void MapAcceptProposal(this IEndpointRouteBuilder app) =>
        app.MapPost("/proposals/{id:guid}/accept", async (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new AcceptProposalCommand(id), ct)).Answer(response))
            .RequireAuthorization(p => p.RequireRole(Roles.Volunteer))
            .WithName("AcceptProposal")
            .WithSummary("Accept a proposal made to you: its hours are held; the association confirms next.")
            .WithTags("Proposals");
}
