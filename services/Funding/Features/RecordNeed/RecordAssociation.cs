using Marten;
using Mediator;
using ShareAlliance.Funding.ReadModel;

namespace ShareAlliance.Funding.Features.RecordNeed;

/// <summary>What a needs contract says of an association: where it sits and its causes (registration), or its status.</summary>
public sealed record RecordAssociationCommand(Guid AssociationId, long? Version, string? Departement, IReadOnlyList<string>? Causes, string? Status)
    : ICommand<long>;

public sealed class RecordAssociationHandler(IDocumentSession session) : ICommandHandler<RecordAssociationCommand, long>
{
    public async ValueTask<long> Handle(RecordAssociationCommand command, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownAssociation>(command.AssociationId, cancellationToken) ?? KnownAssociation.Unknown(command.AssociationId);
        var next = known;
        // The registration never changes afterwards (no contract updates it): taken whenever it comes.
        if (command.Departement is { } departement)
        {
            next = next.WithProfile(departement, command.Causes ?? []);
        }

        if (command is { Status: { } status, Version: { } version })
        {
            next = next.WithStatus(status, version);
        }

        if (next != known)
        {
            session.Store(next);
        }

        return next.StatusVersion;
    }
}
