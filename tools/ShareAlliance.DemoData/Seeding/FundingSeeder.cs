using System.Diagnostics;
using ShareAlliance.DemoData.Plan;
using ShareAlliance.DemoData.Platform;

namespace ShareAlliance.DemoData.Seeding;

/// <summary>
/// Plays the funders' part of the plan once the associations' needs are published: each funder's person signs in and
/// registers it, waits until identity names them a member, drafts and opens the offers, then pledges to needs the offer may
/// fund (as the funding service lists them), confirming every third pledge. One funder at a time, so that the pledges —
/// decided on the gaps the service reports — are the same on every run of the same seed on a fresh platform.
/// </summary>
public sealed class FundingSeeder(
    DemoPlan plan, DemoSettings settings, DemoAccounts accounts, IdentityApi identity, FundingApi funding, SeedReport report, Action<string> log)
{
    private const string AccountType = "funder";

    // The needs reach funding over the bus after they are published: the first offer waits this long for some to arrive.
    private static readonly TimeSpan NeedsArrival = TimeSpan.FromSeconds(10);

    private readonly DateTimeOffset startedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
    private bool needsArrived;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var f in plan.Funders)
        {
            await SeedAsync(f, cancellationToken);
        }

        if (plan.Funders.Count > 0)
        {
            log($"{plan.Funders.Count} funders seeded");
        }
    }

    private async Task SeedAsync(FunderPlan f, CancellationToken cancellationToken)
    {
        var member = await accounts.SignInAsync(f.MemberEmail, settings.Password, AccountType, cancellationToken);
        report.FunderAccount(member.New);
        var funder = await funding.RegisterFunderAsync(member.Tokens.AccessToken, f, IdempotencyKeys.Funder(plan.Seed, f.Number), cancellationToken);
        report.Funder(funder.RegisteredAt < startedAt);
        var token = await Ownership.TokenAsync(identity, member.Tokens, "funder", funder.Id, cancellationToken);

        foreach (var o in f.Offers)
        {
            var drafted = await funding.DraftOfferAsync(token, funder.Id, o, IdempotencyKeys.Offer(plan.Seed, f.Number, o.Number), cancellationToken);
            if (drafted is null)
            {
                continue;
            }

            await funding.OpenOfferAsync(token, drafted.Id, IdempotencyKeys.Open(plan.Seed, f.Number, o.Number), cancellationToken);
            report.Offer(drafted.DraftedAt < startedAt);
            // Money already taken from it: an earlier run pledged (the gaps have moved since, so its choices would not be ours).
            if ((await funding.GetOfferAsync(token, drafted.Id, cancellationToken)).Reserved == 0)
            {
                await PledgeAsync(f, o, drafted.Id, token, cancellationToken);
            }
        }
    }

    private async Task PledgeAsync(FunderPlan f, OfferPlan o, Guid offerId, string token, CancellationToken cancellationToken)
    {
        for (var k = 1; k <= o.PledgeShares.Count; k++)
        {
            var eligible = await EligibleAsync(offerId, token, cancellationToken);
            if (eligible.Count == 0)
            {
                return;
            }

            // Spread over the needs the service lists (soonest deadline first); the share of what the offer may still give it.
            var need = eligible[(k - 1) % eligible.Count];
            var amount = Math.Max(1m, decimal.Round(need.MaximumFromOffer * o.PledgeShares[k - 1] / 100m, 2, MidpointRounding.ToZero));
            var pledge = await funding.PledgeAsync(token, offerId, need.NeedId, Math.Min(amount, need.MaximumFromOffer),
                IdempotencyKeys.Pledge(plan.Seed, f.Number, o.Number, k), cancellationToken);
            if (pledge is null)
            {
                continue;
            }

            if (k % 3 == 0)
            {
                pledge = await funding.ConfirmPledgeAsync(token, pledge.Id, IdempotencyKeys.Confirm(plan.Seed, f.Number, o.Number, k), cancellationToken);
            }

            report.Pledge(pledge.Status, pledge.Amount);
        }
    }

    private async Task<IReadOnlyList<EligibleNeedState>> EligibleAsync(Guid offerId, string token, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var eligible = (await funding.EligibleNeedsAsync(token, offerId, cancellationToken)).Where(n => n.MaximumFromOffer >= 1m).ToList();
            if (eligible.Count > 0 || needsArrived || Stopwatch.GetElapsedTime(started) > NeedsArrival || !plan.Needs.Any(n => n.Budget > 0))
            {
                needsArrived |= eligible.Count > 0 || Stopwatch.GetElapsedTime(started) > NeedsArrival;
                return eligible;
            }

            await Task.Delay(250, cancellationToken);
        }
    }
}
