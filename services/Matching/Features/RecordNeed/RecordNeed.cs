using Marten;
using Mediator;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Features.RecordNeed;

/// <summary>What a needs contract says, reduced to the two things matching tracks (either may be absent).</summary>
public sealed record RecordNeedCommand(Guid NeedId, long Version, NeedFacts? Facts, string? Status, DateTimeOffset? PublishedAt) : ICommand<long>;

/// <summary>Merges one message into matching's copy of the need; returns the version the copy is at afterwards.</summary>
public sealed class RecordNeedHandler(IDocumentSession session) : ICommandHandler<RecordNeedCommand, long>
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

        if (command.PublishedAt is { } publishedAt && next.PublishedAt is null)
        {
            next = next with { PublishedAt = publishedAt };
        }

        if (next != known)
        {
            session.Store(next);
        }

        return next.Version;
    }
}
