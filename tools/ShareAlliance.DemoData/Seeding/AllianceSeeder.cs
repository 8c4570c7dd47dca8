using ShareAlliance.DemoData.Plan;
using ShareAlliance.DemoData.Platform;

namespace ShareAlliance.DemoData.Seeding;

/// <summary>
/// Plays the plan against the platform, a few associations at a time, each from start to end: its member signs in and
/// registers it, the coordinator decides, the member waits until identity names them owner, then drafts its needs and
/// publishes or cancels them. Every step goes through the public HTTP APIs.
/// </summary>
public sealed class AllianceSeeder(
    DemoPlan plan, DemoSettings settings, DemoAccounts accounts, IdentityApi identity, NeedsApi needs, SeedReport report, Action<string> log)
{
    private const string AccountType = "association_member";

    // A replayed answer carries the first run's timestamps: older than this run means "already there".
    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
    private int completed;

    public async Task RunAsync(string coordinatorToken, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(plan.Associations, options, async (association, ct) =>
        {
            await SeedAsync(association, coordinatorToken, ct);
            var done = Interlocked.Increment(ref completed);
            if (done % 10 == 0 || done == plan.Associations.Count)
            {
                log($"{done}/{plan.Associations.Count} associations seeded");
            }
        });
    }

    private async Task SeedAsync(AssociationPlan a, string coordinatorToken, CancellationToken cancellationToken)
    {
        var member = await accounts.SignInAsync(a.MemberEmail, settings.Password, AccountType, cancellationToken);
        report.Account(member.New);

        var registered = await needs.RegisterAssociationAsync(member.Tokens.AccessToken, a, IdempotencyKeys.Association(plan.Seed, a.Number), cancellationToken);
        var status = await ReviewAsync(a, registered, coordinatorToken, cancellationToken);
        report.Association(a.Number, status, registered.RegisteredAt < startedAt);
        if (a.Needs.Count == 0)
        {
            return;
        }

        var token = await OwnerTokens.ForAsync(identity, member.Tokens, "association", registered.Id, "AssociationRegistered", cancellationToken);
        foreach (var need in a.Needs)
        {
            await SeedNeedAsync(a, need, registered.Id, status == "Verified", token, cancellationToken);
        }
    }

    private async Task<string> ReviewAsync(AssociationPlan a, AssociationState registered, string coordinatorToken, CancellationToken cancellationToken)
    {
        if (a.Review.Decision == ReviewDecision.Leave)
        {
            return registered.Status;
        }

        // 409: decided already without our key (by hand, between two runs): go with what it is now.
        var reviewed = await needs.ReviewAsync(coordinatorToken, registered.Id, a.Review, IdempotencyKeys.Review(plan.Seed, a.Number), cancellationToken)
            ?? await needs.GetAssociationAsync(coordinatorToken, registered.Id, cancellationToken);
        return reviewed.Status;
    }

    private async Task SeedNeedAsync(AssociationPlan a, NeedPlan n, Guid associationId, bool verified, string token, CancellationToken cancellationToken)
    {
        var drafted = await needs.DraftAsync(token, associationId, n, IdempotencyKeys.Need(plan.Seed, a.Number, n.Number), cancellationToken);
        if (drafted is null)
        {
            report.NeedSkipped();
            return;
        }

        var state = drafted;
        if (verified && n.Fate != NeedFate.KeepDraft)
        {
            state = await needs.PublishAsync(token, drafted.Id, IdempotencyKeys.Publish(plan.Seed, a.Number, n.Number), cancellationToken);
            if (n.Fate == NeedFate.Cancel)
            {
                state = await needs.CancelAsync(token, drafted.Id, n.CancellationReason!, IdempotencyKeys.Cancel(plan.Seed, a.Number, n.Number), cancellationToken);
            }
        }

        report.Need(state.Status, drafted.DraftedAt < startedAt);
    }
}
