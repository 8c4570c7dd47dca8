using Marten;
using Mediator;
using ShareAlliance.Matching.Features.ProposeMatches;
using ShareAlliance.Matching.Features.WithdrawProposals;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Features.RecordNeed;

/// <summary>What a needs contract says, reduced to the two things matching tracks (either may be absent).</summary>
public sealed record RecordNeedCommand(Guid NeedId, long Version, NeedFacts? Facts, string? Status, DateTimeOffset? PublishedAt) : ICommand<long>;

/// <summary>
/// Merges one message into matching's copy of the need; returns the version the copy is at afterwards. When the message
/// brings newer facts of a published need, the best volunteers are proposed in the same transaction: a need version is
/// proposed for once (a repeated or older message brings no newer facts), and never lost between the copy and the proposals.
/// A status that closes the need for good (cancelled, completed, expired) withdraws its open proposals in that transaction.
/// </summary>
public sealed class RecordNeedHandler(IDocumentSession session, Proposer proposer, TimeProvider clock) : ICommandHandler<RecordNeedCommand, long>
{
    public async ValueTask<long> Handle(RecordNeedCommand command, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownNeed>(command.NeedId, cancellationToken) ?? KnownNeed.Unknown(command.NeedId);
        var next = known;
        if (command.Facts is { } facts)
        {
            var association = await session.LoadAsync<KnownAssociation>(facts.AssociationId, cancellationToken);
            next = next.WithFacts(facts with { Causes = association?.Causes }, command.Version);
        }

        if (command.Status is { } status)
        {
            next = next.WithStatus(status, command.Version);
        }

        if (command.PublishedAt is { } publishedAt && next.PublishedAt is null)
        {
            next = next with { PublishedAt = publishedAt };
        }

        if (next != known)
        {
            session.Store(next);
        }

        if (next.FactsVersion > known.FactsVersion)
        {
            await proposer.ForNeedAsync(next, cancellationToken);
        }

        if (next.WithdrawalReason is { } reason && next.Status != known.Status)
        {
            await session.WithdrawOpenProposalsAsync(next.Id, p => p.NeedId == next.Id, reason, clock.GetUtcNow(), cancellationToken);
        }

        return next.Version;
    }
}

public sealed record RecordAssociationCommand(KnownAssociation Association) : ICommand<bool>;

/// <summary>Keeps an association's causes (registered once: a repeated message stores the same).</summary>
public sealed class RecordAssociationHandler(IDocumentSession session) : ICommandHandler<RecordAssociationCommand, bool>
{
    public ValueTask<bool> Handle(RecordAssociationCommand command, CancellationToken cancellationToken)
    {
        session.Store(command.Association);
        return ValueTask.FromResult(true);
    }
}
