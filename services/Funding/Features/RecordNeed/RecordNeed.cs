using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.ReadModel;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.Funding.Features.RecordNeed;

/// <summary>What a needs contract says of a need: its facts, its status, or both.</summary>
public sealed record RecordNeedCommand(Guid NeedId, long Version, NeedFacts? Facts, string? Status) : ICommand<long>;

/// <summary>
/// Merges one message into funding's copy of the need (newer versions only); returns the version the copy is at.
/// A new budget moves the need's funding gap: its account records it, under the need's lock, and the others hear of it.
/// </summary>
public sealed class RecordNeedHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<RecordNeedCommand, long>
{
    public async ValueTask<long> Handle(RecordNeedCommand command, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownNeed>(command.NeedId, cancellationToken) ?? KnownNeed.Unknown(command.NeedId);
        var next = known;
        if (command.Facts is { } facts)
        {
            next = next.WithFacts(facts, command.Version);
        }

        if (command.Status is { } status)
        {
            next = next.WithStatus(status, command.Version);
        }

        if (next == known)
        {
            return known.Version;
        }

        session.Store(next);
        if (next.Facts?.Budget != known.Facts?.Budget)
        {
            await session.LockAsync([command.NeedId], cancellationToken);
            var account = await session.Events.FetchForWriting<NeedFunding>(command.NeedId, cancellationToken);
            if (account.Aggregate?.Rebudget(next.Facts?.Budget ?? 0m, clock.GetUtcNow()) is { } rebudgeted)
            {
                account.AppendOne(rebudgeted);
            }
        }

        return next.Version;
    }
}
