using MassTransit;
using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ServiceDefaults.Persistence;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Needs.Features.MarkNeedStaffed;

/// <summary>Matching found the need's required skills covered by confirmed matches: the need becomes staffed.</summary>
public sealed record MarkNeedStaffedCommand(Guid NeedId, DateTimeOffset StaffedAt) : ICommand<bool>;

public sealed partial class MarkNeedStaffedHandler(IDocumentSession session, ILogger<MarkNeedStaffedHandler> logger)
    : ICommandHandler<MarkNeedStaffedCommand, bool>
{
    public async ValueTask<bool> Handle(MarkNeedStaffedCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForUpdateAsync<Need>(command.NeedId, expectedVersion: null, cancellationToken);
        var need = stream.Aggregate!;

        // Matching decides on what it last heard; meanwhile the association may have cancelled, or the need may
        // already be staffed. Neither is an error worth a retry: the message is acknowledged and changes nothing.
        if (need.Status != NeedStatus.Published)
        {
            LogIgnored(logger, command.NeedId, need.Status);
            return false;
        }

        stream.AppendOne(need.MarkStaffed(command.StaffedAt));
        return true;
    }

    [LoggerMessage(LogLevel.Information, "Need {NeedId} reported staffed while {Status}: nothing to change")]
    private static partial void LogIgnored(ILogger logger, Guid needId, NeedStatus status);
}

/// <summary>Consumes matching's <see cref="Contract.NeedStaffed"/> (the inbox makes a second delivery a no-op).</summary>
public sealed class NeedStaffedConsumer(ISender sender) : IConsumer<Contract.NeedStaffed>
{
    public async Task Consume(ConsumeContext<Contract.NeedStaffed> context) =>
        await sender.Send(new MarkNeedStaffedCommand(context.Message.NeedId, context.Message.StaffedAt), context.CancellationToken);
}
