using Marten;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.Matching.Features.MatchFigures;

/// <summary>Confirmed matches and the volunteer hours a month they commit, for one category of needs (<see cref="Category"/> null: all).</summary>
public sealed record MatchShare(string? Category, long Matches, long HoursPerMonth);

/// <summary>At the end of a day (Paris time): the matches confirmed so far and the hours a month they commit.</summary>
public sealed record MatchDay(DateOnly Day, long Matches, long HoursPerMonth);

/// <summary>The alliance's volunteer commitment: totals, how many volunteers give it, by category of need, and over time. Counts only, never who.</summary>
public sealed record MatchFiguresDetails(MatchShare Total, long Volunteers, long NeedsStaffed, IReadOnlyList<MatchShare> ByCategory, IReadOnlyList<MatchDay> Days);

public sealed record MatchFiguresQuery : IQuery<MatchFiguresDetails>;

/// <summary>
/// Totals from the confirmed proposals (confirmation is final: the hours stay committed); the days from the stored
/// <see cref="ProposalConfirmed"/> events (<see cref="EventDays"/>), the same matches counted on the day they were confirmed.
/// </summary>
public sealed class MatchFiguresHandler(IQuerySession session) : IQueryHandler<MatchFiguresQuery, MatchFiguresDetails>
{
    public async ValueTask<MatchFiguresDetails> Handle(MatchFiguresQuery query, CancellationToken cancellationToken)
    {
        var confirmed = await session.Query<Proposal>().Where(p => p.Status == ProposalStatus.Confirmed).ToListAsync(cancellationToken);
        var categories = (await session.LoadManyAsync<KnownNeed>(cancellationToken, confirmed.Select(p => p.NeedId).Distinct()))
            .ToDictionary(n => n.Id, n => n.Facts?.Category);
        var byCategory = confirmed.GroupBy(p => categories.GetValueOrDefault(p.NeedId))
            .Select(g => Share(g.Key, g))
            .OrderByDescending(s => s.HoursPerMonth).ThenBy(s => s.Category, StringComparer.Ordinal);
        var staffed = await session.Events.QueryRawEventDataOnly<NeedStaffedByMatches>().CountAsync(cancellationToken);

        var events = await EventDays.ReadAsync(session, [typeof(ProposalConfirmed)], nameof(ProposalConfirmed.HoursPerMonth), cancellationToken);
        var (matches, hours) = (0L, 0L);
        var days = new List<MatchDay>();
        foreach (var day in events)
        {
            (matches, hours) = (matches + day.Count, hours + (long)day.Sum);
            days.Add(new(day.Day, matches, hours));
        }

        return new(Share(null, confirmed), confirmed.Select(p => p.VolunteerId).Distinct().LongCount(), staffed, [.. byCategory], days);
    }

    private static MatchShare Share(string? category, IEnumerable<Proposal> proposals)
    {
        var list = proposals.ToList();
        return new(category, list.Count, list.Sum(p => (long)p.HeldHours));
    }
}

public static class MatchFiguresEndpoint
{
    public static void MapMatchFigures(this IEndpointRouteBuilder app) =>
        app.MapGet("/matches/figures", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new MatchFiguresQuery(), ct)))
            .AllowAnonymous() // the alliance's public figures: counts and hours, no volunteer, no need named
            .WithName("GetMatchFigures")
            .WithSummary("Volunteer hours committed: confirmed matches, their hours a month, volunteers engaged, needs staffed; by category and per day.")
            .WithTags("Figures");
}
