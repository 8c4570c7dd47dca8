using ShareAlliance.ReferenceData;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web.Components.Pages;

/// <summary>
/// What the dashboard shows, read from the services' public figures; a part is null when its service did not answer, and the
/// page shows the rest. Needs by category and région come from the catalogue's facets (GET /needs), open and covered apart.
/// </summary>
public sealed record DashboardFigures(
    NeedSearchResult? OpenNeeds, NeedSearchResult? CoveredNeeds, IReadOnlyList<NeedsDay>? NeedsDays, FundingFigures? Money, MatchFigures? Matches)
{
    /// <summary>Covered in skills: staffed, and every status after it.</summary>
    public static readonly IReadOnlyList<string> CoveredStatuses = ["Staffed", "InProgress", "Completed"];

    /// <summary>The services that did not answer ("needs", "funding", "matching").</summary>
    public IReadOnlyList<string> Missing =>
    [
        .. OpenNeeds is null || CoveredNeeds is null || NeedsDays is null ? ["needs"] : Array.Empty<string>(),
        .. Money is null ? ["funding"] : Array.Empty<string>(),
        .. Matches is null ? ["matching"] : Array.Empty<string>(),
    ];

    public static async Task<DashboardFigures> ReadAsync(NeedsClient needs, FundingClient funding, MatchingClient matching)
    {
        // The calls go out together: the page waits for the slowest, not for the sum.
        var open = OrNull(() => needs.SearchAsync(new NeedSearch { PageSize = 1 }));
        var covered = OrNull(() => needs.SearchAsync(new NeedSearch { PageSize = 1, Statuses = CoveredStatuses }));
        var days = OrNull(() => needs.GetTimelineAsync());
        var money = OrNull(() => funding.GetFiguresAsync());
        var matches = OrNull(() => matching.GetFiguresAsync());
        return new(await open, await covered, await days, await money, await matches);
    }

    /// <summary>The categories either list counts, in the catalogue's order.</summary>
    public static IReadOnlyList<string> Categories(IReadOnlyList<FacetCount> first, IReadOnlyList<FacetCount> second) =>
        [.. NeedCategories.All.Select(c => c.Code).Where(code => first.Concat(second).Any(f => f.Value == code))];

    public static IReadOnlyList<double> Counts(IReadOnlyList<string> keys, IReadOnlyList<FacetCount> facets) =>
        [.. keys.Select(key => (double)(facets.FirstOrDefault(f => f.Value == key)?.Count ?? 0))];

    /// <summary>The régions either search counts, in the reference order; null last when some needs have no place (remote).</summary>
    public static IReadOnlyList<string?> Regions(NeedSearchResult first, NeedSearchResult second)
    {
        var counted = Places.Regions.Select(r => r.Code).Where(code => first.Facets.Region.Concat(second.Facets.Region).Any(f => f.Value == code));
        return [.. counted, .. Unplaced(first) + Unplaced(second) > 0 ? [null] : Array.Empty<string?>()];
    }

    public static IReadOnlyList<double> RegionCounts(IReadOnlyList<string?> regions, NeedSearchResult result) =>
        [.. regions.Select(code => (double)(code is null ? Unplaced(result) : result.Facets.Region.FirstOrDefault(f => f.Value == code)?.Count ?? 0))];

    // The région facet counts placed needs only: the rest of the total has no place.
    private static long Unplaced(NeedSearchResult result) => result.Total - result.Facets.Region.Sum(f => f.Count);

    private static async Task<T?> OrNull<T>(Func<Task<T>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (ServiceUnavailableException)
        {
            return null;
        }
    }
}
