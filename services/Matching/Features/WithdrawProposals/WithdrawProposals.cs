using System.Linq.Expressions;
using Marten;
using MassTransit;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.Matching.Features.WithdrawProposals;

/// <summary>
/// Closes the open proposals of a need that closed for good, or of a volunteer who left, in the caller's transaction: each
/// becomes Withdrawn with its reason (MatchWithdrawn tells the volunteer and the association) and frees the hours it held.
/// </summary>
public static class ProposalWithdrawal
{
    /// <summary>
    /// Under the need's or the volunteer's lock (<paramref name="lockId"/>): the proposer takes it too before it decides, so no
    /// proposal is made beside the withdrawal, and each proposal's stream version guards against a concurrent answer.
    /// </summary>
    public static async Task<int> WithdrawOpenProposalsAsync(
        this IDocumentSession session, Guid lockId, Expression<Func<Proposal, bool>> whose, string reasonCode, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.LockAsync([lockId], cancellationToken);
        var open = await session.Query<Proposal>()
            .Where(whose)
            .Where(p => p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Accepted || p.Status == ProposalStatus.Confirmed)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var withdrawn = 0;
        foreach (var id in open)
        {
            var stream = await session.Events.FetchForWriting<Proposal>(id, cancellationToken);
            if (stream.Aggregate?.WithdrawIfOpen(reasonCode, now) is { } e)
            {
                stream.AppendOne(e);
                withdrawn++;
            }
        }

        return withdrawn;
    }
}

/// <summary>The person deleted their account: matching forgets them as a volunteer and withdraws their open proposals.</summary>
public sealed record ForgetVolunteerCommand(Guid UserId, DateTimeOffset DeletedAt) : ICommand<int>;

/// <summary>Idempotent: a volunteer already forgotten has no open proposal left, and is stored withdrawn once.</summary>
public sealed class ForgetVolunteerHandler(IDocumentSession session) : ICommandHandler<ForgetVolunteerCommand, int>
{
    public async ValueTask<int> Handle(ForgetVolunteerCommand command, CancellationToken cancellationToken)
    {
        // Versions stay as they are (the deletion is no profile version); Withdrawn is never undone by a later profile.
        if (await session.LoadAsync<KnownVolunteer>(command.UserId, cancellationToken) is { Withdrawn: false } known)
        {
            session.Store(known with { Withdrawn = true });
        }

        return await session.WithdrawOpenProposalsAsync(command.UserId, p => p.VolunteerId == command.UserId, "volunteer-deleted", command.DeletedAt, cancellationToken);
    }
}

public sealed class MatchingUserDeletedConsumer(ISender sender) : IConsumer<Contracts.Identity.UserDeleted>
{
    public async Task Consume(ConsumeContext<Contracts.Identity.UserDeleted> context) =>
        await sender.Send(new ForgetVolunteerCommand(context.Message.UserId, context.Message.DeletedAt), context.CancellationToken);
}
