using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.Needs.Features.ExpireNeeds;

/// <summary>Expires one need if it is due (the aggregate decides; a need staffed meanwhile is left alone).</summary>
public sealed record ExpireNeedCommand(Guid NeedId) : ICommand<bool>;

public sealed class ExpireNeedHandler(IDocumentSession session, TimeProvider clock) : ICommandHandler<ExpireNeedCommand, bool>
{
    public async ValueTask<bool> Handle(ExpireNeedCommand command, CancellationToken cancellationToken)
    {
        var stream = await session.FetchForUpdateAsync<Need>(command.NeedId, expectedVersion: null, cancellationToken);
        if (stream.Aggregate!.ExpireIfDue(clock.GetUtcNow()) is not { } expired)
        {
            return false;
        }

        stream.AppendOne(expired);
        return true;
    }
}

/// <summary>
/// Expires published needs that found no volunteer within 40 days. Driven by <see cref="TimeProvider"/>, so tests move a
/// fake clock instead of waiting. One sweep at start-up, then every <c>Needs:ExpirySweepMinutes</c> (default 60).
/// </summary>
public sealed partial class NeedExpiryJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<NeedExpiryJob> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(configuration.GetValue("Needs:ExpirySweepMinutes", 60)), clock);
        do
        {
            try
            {
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
        var cutoff = clock.GetUtcNow() - Need.ExpiresAfter;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<IQuerySession>().Query<Need>()
                .Where(n => n.Status == NeedStatus.Published && n.PublishedAt <= cutoff)
                .Select(n => n.Id)
                .ToListAsync(cancellationToken);
        }

        foreach (var id in due)
        {
            // One scope, one transaction per need: a conflict on one (it was just staffed) does not stop the others.
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireNeedCommand(id), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogExpiryFailed(logger, e, id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Need {NeedId} could not be expired now; the next sweep tries again")]
    private static partial void LogExpiryFailed(ILogger logger, Exception exception, Guid needId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The need expiry sweep failed; it runs again at the next tick")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
