using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.ReadModel;
using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.Funding.Features.FundingFigures;

/// <summary>
/// Money for a group of needs with a budget (euros). <see cref="Pledged"/> awaits confirmation, <see cref="Confirmed"/> is
/// confirmed (as on a need's funding gap); <see cref="Gap"/> is what funders may still cover of the needs still open;
/// <see cref="Funded"/>: needs whose budget is fully pledged. <see cref="Key"/>: a category code, a région code, or null
/// for needs without a place (remote).
/// </summary>
public sealed record FundingShare(string? Key, int Needs, int Funded, decimal Budget, decimal Pledged, decimal Confirmed, decimal Gap);

/// <summary>At the end of a day (Paris time): the euros pledged and awaiting confirmation, and those confirmed, so far.</summary>
public sealed record FundingDay(DateOnly Day, decimal Pledged, decimal Confirmed);

/// <summary>The alliance's money: totals, by category, by région, and over time. Sums only, never who gave.</summary>
public sealed record FundingFiguresDetails(FundingShare Total, IReadOnlyList<FundingShare> ByCategory, IReadOnlyList<FundingShare> ByRegion, IReadOnlyList<FundingDay> Days);

public sealed record FundingFiguresQuery : IQuery<FundingFiguresDetails>;

/// <summary>
/// Totals from the needs funding knows (with a budget, not cancelled) and their accounts; the days from the stored events
/// of the accounts (<see cref="EventDays"/>), so they include every pledge ever made.
/// </summary>
public sealed class FundingFiguresHandler(IQuerySession session) : IQueryHandler<FundingFiguresQuery, FundingFiguresDetails>
{
    public async ValueTask<FundingFiguresDetails> Handle(FundingFiguresQuery query, CancellationToken cancellationToken)
    {
        var needs = (await session.Query<KnownNeed>().Where(n => n.Status != "Cancelled").ToListAsync(cancellationToken))
            .Where(n => n.Facts?.Budget > 0)
            .ToList();
        var accounts = (await session.LoadManyAsync<NeedFunding>(cancellationToken, needs.Select(n => n.Id))).ToDictionary(a => a.Id);
        var rows = needs.Select(n => (Need: n, Totals: accounts.TryGetValue(n.Id, out var a) ? a.Totals with { Budget = n.Facts!.Budget!.Value } : new NeedFundingTotals(n.Facts!.Budget!.Value, 0m, 0m)))
            .ToList();

        FundingShare Share(string? key, IEnumerable<(KnownNeed Need, NeedFundingTotals Totals)> group)
        {
            var list = group.ToList();
            return new(
                key, list.Count, list.Count(r => r.Totals.Remaining == 0), list.Sum(r => r.Totals.Budget), list.Sum(r => r.Totals.Pledged),
                list.Sum(r => r.Totals.Confirmed), list.Where(r => r.Need.IsOpen).Sum(r => r.Totals.Remaining));
        }

        var byCategory = rows.GroupBy(r => r.Need.Facts!.Category).Select(g => Share(g.Key, g)).OrderByDescending(s => s.Needs).ThenBy(s => s.Key, StringComparer.Ordinal);
        var byRegion = rows.GroupBy(r => r.Need.Facts!.Departement is { } d ? Places.Departement(d)?.RegionCode : null)
            .Select(g => Share(g.Key, g)).OrderByDescending(s => s.Needs).ThenBy(s => s.Key, StringComparer.Ordinal);
        return new(Share(null, rows), [.. byCategory], [.. byRegion], await DaysAsync(cancellationToken));
    }

    private async Task<IReadOnlyList<FundingDay>> DaysAsync(CancellationToken cancellationToken)
    {
        var events = await EventDays.ReadAsync(
            session, [typeof(NeedPledgeMade), typeof(NeedPledgeConfirmed), typeof(NeedPledgeCancelled)], nameof(NeedPledgeMade.Amount), cancellationToken);
        var (pledged, confirmed) = (0m, 0m);
        var days = new List<FundingDay>();
        foreach (var day in events.GroupBy(e => e.Day))
        {
            decimal Of<T>() => day.Where(e => e.EventType == typeof(T)).Sum(e => e.Sum);
            // A pledge awaits confirmation from the day it is made until it is confirmed (then it counts as confirmed) or cancelled.
            pledged += Of<NeedPledgeMade>() - Of<NeedPledgeConfirmed>() - Of<NeedPledgeCancelled>();
            confirmed += Of<NeedPledgeConfirmed>();
            days.Add(new(day.Key, pledged, confirmed));
        }

        return days;
    }
}

public static class FundingFiguresEndpoint
{
    public static void MapFundingFigures(this IEndpointRouteBuilder app) =>
        app.MapGet("/funding/figures", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new FundingFiguresQuery(), ct)))
            .AllowAnonymous() // the alliance's public figures: sums per category, région and day, no funder, no pledge
            .WithName("GetFundingFigures")
            .WithSummary("The alliance's money: budgets, euros pledged and confirmed, the gap left, needs fully funded; by category, by région and per day.")
            .WithTags("Figures");
}
