using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.ConfirmProposal;

/// <summary><see cref="HoursPerMonth"/>: the hours agreed, when they differ from those proposed.</summary>
public sealed record ConfirmProposalCommand(int? HoursPerMonth) : ICommand<Proposal>
{
    public Guid ProposalId { get; init; }
}

public sealed class ConfirmProposalValidator : AbstractValidator<ConfirmProposalCommand>
{
    public ConfirmProposalValidator() => RuleFor(c => c.HoursPerMonth).InclusiveBetween(1, 200).When(c => c.HoursPerMonth is not null);
}

/// <summary>
/// The association confirms an accepted proposal of a need still open (409 need-not-open), within the volunteer's
/// availability (409 availability-exceeded). When the need's confirmed matches now cover every skill it requires, the need
/// is announced staffed, once (its staffing stream).
/// </summary>
public sealed class ConfirmProposalHandler(IDocumentSession session, CurrentUser user, TimeProvider clock, MatchingWeights weights)
    : ICommandHandler<ConfirmProposalCommand, Proposal>
{
    public async ValueTask<Proposal> Handle(ConfirmProposalCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForDecisionAsync(command.ProposalId, user.ActsForAssociationOf, lockNeed: true, cancellationToken);
        var now = clock.GetUtcNow();
        var proposal = stream.Aggregate!;
        var commitments = await session.CommitmentsAsync(proposal.VolunteerId, now, weights, cancellationToken);
        var need = await session.LoadAsync<KnownNeed>(proposal.NeedId, cancellationToken);
        var confirmed = stream.Record(proposal.Confirm(command.HoursPerMonth, commitments, need is { IsOpen: true }, now));
        await StaffIfCoveredAsync(need, confirmed, now, cancellationToken);
        return confirmed;
    }

    private async Task StaffIfCoveredAsync(KnownNeed? need, Proposal confirmed, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var required = need?.Facts?.RequiredSkills.Select(s => s.Skill).ToHashSet();
        if (required is not { Count: > 0 } || await session.Events.FetchStreamStateAsync(confirmed.NeedId, cancellationToken) is not null)
        {
            return;
        }

        var team = (await session.Query<Proposal>()
                .Where(p => p.NeedId == confirmed.NeedId && p.Status == ProposalStatus.Confirmed && p.Id != confirmed.Id)
                .ToListAsync(cancellationToken))
            .Append(confirmed)
            .ToList();
        if (required.IsSubsetOf(team.SelectMany(p => p.CoveredSkills)))
        {
            session.Events.StartStream(confirmed.NeedId, new NeedStaffedByMatches(confirmed.NeedId, [.. team.Select(p => p.Id)], now));
        }
    }
}

public static class ConfirmProposalEndpoint
{
    public static void MapConfirmProposal(this IEndpointRouteBuilder app) =>
        app.MapPost("/proposals/{id:guid}/confirm", async (Guid id, ConfirmProposalCommand? command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send((command ?? new ConfirmProposalCommand(null)) with { ProposalId = id }, ct)).Answer(response))
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember, Roles.Coordinator))
            .WithName("ConfirmProposal")
            .WithSummary("Confirm a proposal the volunteer accepted, as the association that owns the need (hours within their availability).")
            .WithTags("Proposals");
}
