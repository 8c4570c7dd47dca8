using Marten;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.Indexing;

namespace ShareAlliance.Matching.Features.ExpireProposals;

/// <summary>Expires one proposal if it is due (the aggregate decides; one answered meanwhile is left alone).</summary>
public sealed record ExpireProposalCommand(Guid ProposalId) : ICommand<bool>;

public sealed class ExpireProposalHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<ExpireProposalCommand, bool>
{
    public async ValueTask<bool> Handle(ExpireProposalCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForDecisionAsync(command.ProposalId, _ => true, lockNeed: false, cancellationToken);
        if (stream.Aggregate!.ExpireIfDue(clock.GetUtcNow()) is not { } expired)
        {
            return false;
        }

        stream.AppendOne(expired);
        return true;
    }
}

/// <summary>
/// Expires proposals left without an answer for 7 days. Driven by <see cref="TimeProvider"/>, so tests move a fake clock
/// instead of waiting. One sweep at start-up, then every <c>Matching:ExpirySweepMinutes</c> (default 60). Each sweep also
/// recompiles the index's needs when the day changed (the deadline and hours-a-month terms depend on today).
/// </summary>
public sealed partial class ProposalExpiryJob(
    IServiceScopeFactory scopes, TimeProvider clock, MatchingIndex index, IConfiguration configuration, ILogger<ProposalExpiryJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue("Matching:ExpirySweepMinutes", 60)), clock);
        do
        {
            try
            {
                index.Refresh(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
                await SweepAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSweepFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task SweepAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> due;
        var now = clock.GetUtcNow();
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<IQuerySession>().Query<Proposal>()
                .Where(p => p.Status == ProposalStatus.Proposed && p.ExpiresAt <= now)
                .Select(p => p.Id)
                .ToListAsync(cancellationToken);
        }

        foreach (var id in due)
        {
            // One scope, one transaction per proposal: a conflict on one (it was just answered) does not stop the others.
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireProposalCommand(id), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogExpiryFailed(logger, e, id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Proposal {ProposalId} could not be expired now; the next sweep tries again")]
    private static partial void LogExpiryFailed(ILogger logger, Exception exception, Guid proposalId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The proposal expiry sweep failed; it runs again at the next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
