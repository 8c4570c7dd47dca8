using Marten;
using Mediator;
using ShareAlliance.Matching.Features.ProposeMatches;
using ShareAlliance.Matching.Features.WithdrawProposals;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Features.RecordVolunteer;

/// <summary>What a volunteers contract says, reduced to what matching tracks (each part may be absent).</summary>
public sealed record RecordVolunteerCommand(Guid VolunteerId, long Version, VolunteerFacts? Facts, bool Withdrawn, KnownEmployment? Employment) : ICommand<long>;

/// <summary>
/// Merges one message into matching's copy of the volunteer; returns the version the copy is at afterwards. A newer profile
/// of an active volunteer gets its best needs proposed in the same transaction (once per profile version); a withdrawal
/// withdraws their open proposals in it.
/// </summary>
public sealed class RecordVolunteerHandler(IDocumentSession session, Proposer proposer, TimeProvider clock) : ICommandHandler<RecordVolunteerCommand, long>
{
    public async ValueTask<long> Handle(RecordVolunteerCommand command, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownVolunteer>(command.VolunteerId, cancellationToken) ?? KnownVolunteer.Unknown(command.VolunteerId);
        var next = known;
        if (command.Facts is { } facts)
        {
            next = next.WithFacts(facts, command.Version);
        }

        if (command.Withdrawn)
        {
            next = next.WithWithdrawal(command.Version);
        }

        if (command.Employment is { } employment)
        {
            next = next.WithEmployment(employment);
        }

        if (next != known)
        {
            session.Store(next);
        }

        if (next.FactsVersion > known.FactsVersion)
        {
            await proposer.ForVolunteerAsync(next, cancellationToken);
        }

        if (next.Withdrawn && !known.Withdrawn)
        {
            await session.WithdrawOpenProposalsAsync(next.Id, p => p.VolunteerId == next.Id, "volunteer-withdrawn", clock.GetUtcNow(), cancellationToken);
        }

        return next.Version;
    }
}
