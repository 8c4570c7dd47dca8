using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.Needs.Features.NeedsTimeline;

/// <summary>At the end of a day (Paris time): how many needs had been published, staffed and completed since the start.</summary>
public sealed record NeedsDay(DateOnly Day, long Published, long Staffed, long Completed);

public sealed record NeedsTimelineQuery : IQuery<IReadOnlyList<NeedsDay>>;

/// <summary>
/// The alliance's skills coverage over time, counted from the stored events (<see cref="EventDays"/>): a day appears
/// when something happened on it. Counts only, never who.
/// </summary>
public sealed class NeedsTimelineHandler(IQuerySession session) : IQueryHandler<NeedsTimelineQuery, IReadOnlyList<NeedsDay>>
{
    public async ValueTask<IReadOnlyList<NeedsDay>> Handle(NeedsTimelineQuery query, CancellationToken cancellationToken)
    {
        var events = await EventDays.ReadAsync(session, [typeof(NeedPublished), typeof(NeedStaffed), typeof(NeedCompleted)], null, cancellationToken);
        var (published, staffed, completed) = (0L, 0L, 0L);
        var days = new List<NeedsDay>();
        foreach (var day in events.GroupBy(e => e.Day))
        {
            long Of<T>() => day.Where(e => e.EventType == typeof(T)).Sum(e => e.Count);
            (published, staffed, completed) = (published + Of<NeedPublished>(), staffed + Of<NeedStaffed>(), completed + Of<NeedCompleted>());
            days.Add(new(day.Key, published, staffed, completed));
        }

        return days;
    }
}

public static class NeedsTimelineEndpoint
{
    public static void MapNeedsTimeline(this IEndpointRouteBuilder app) =>
        app.MapGet("/needs/timeline", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new NeedsTimelineQuery(), ct)))
            .AllowAnonymous() // the alliance's public figures: counts per day, no need's content, nobody's name
            .WithName("GetNeedsTimeline")
            .WithSummary("Skills coverage over time: per day, the needs published, staffed and completed so far (running totals).")
            .WithTags("Figures");
}
