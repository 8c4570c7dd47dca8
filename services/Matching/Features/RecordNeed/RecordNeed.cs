using Marten;
using Mediator;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Features.RecordNeed;

public sealed record RecordNeedCommand(KnownNeed Need) : ICommand<long>;

/// <summary>Keeps the newest state of a need; an older or equal version (a late or repeated message) changes nothing.</summary>
public sealed class RecordNeedHandler(IDocumentSession session) : ICommandHandler<RecordNeedCommand, long>
{
    public async ValueTask<long> Handle(RecordNeedCommand command, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownNeed>(command.Need.Id, cancellationToken);
        if (known is not null && known.Version >= command.Need.Version)
        {
            return known.Version;
        }

        session.Store(command.Need);
        return command.Need.Version;
    }
}
