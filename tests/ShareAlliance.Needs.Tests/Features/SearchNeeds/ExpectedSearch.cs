using System.Globalization;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Needs.Tests.Features.SearchNeeds;

/// <summary>
/// What a search should answer, computed in C# over what the test created, without the service's code: its filters
/// read from the same query string the test sends, and the facets as the API documents them (each dimension counted
/// over the needs matching every other filter).
/// </summary>
public sealed class ExpectedSearch(IReadOnlyList<SeededNeed> seeded, IReadOnlyList<(string Key, string Value)> query)
{
    public static readonly string[] FacetNames = ["category", "skill", "departement", "region", "workMode", "urgency", "format", "status"];

    private static readonly NeedStatus[] Public = [NeedStatus.Published, NeedStatus.Staffed, NeedStatus.InProgress, NeedStatus.Completed, NeedStatus.Expired];

    public IReadOnlyList<SeededNeed> Matches => [.. Matching(except: null)];

    public IEnumerable<KeyValuePair<string, long>> Facet(string facet) => facet switch
    {
        "skill" => Count(Matching(facet).SelectMany(n => n.Skills)),
        "departement" => Count(Matching(facet).Select(n => n.Departement)),
        "region" => Count(Matching(facet).Select(n => n.Region)),
        "workMode" => Count(Matching(facet).Select(n => n.WorkMode.ToString())),
        "urgency" => Count(Matching(facet).Select(n => n.Urgency.ToString())),
        "format" => Count(Matching(facet).Select(n => n.Format.ToString())),
        "status" => Count(Matching(facet).Select(n => n.Status.ToString())),
        _ => Count(Matching(facet).Select(n => n.Category)),
    };

    /// <summary>The order a sort promises: its keys, then the id as PostgreSQL orders a uuid (its hex digits, left to right).</summary>
    public static IReadOnlyList<SeededNeed> Sorted(IEnumerable<SeededNeed> needs, string sort)
    {
        var byId = Comparer<SeededNeed>.Create((a, b) => string.CompareOrdinal(a.Id.ToString(), b.Id.ToString()));
        return sort switch
        {
            "deadline" => [.. needs.OrderBy(n => n.Deadline).ThenBy(n => n, byId)],
            "urgency" => [.. needs.OrderByDescending(n => n.Urgency).ThenBy(n => n.Deadline).ThenBy(n => n, byId)],
            _ => [.. needs.OrderByDescending(n => n.PublishedAt).ThenBy(n => n, byId)],
        };
    }

    private IEnumerable<SeededNeed> Matching(string? except) => seeded.Where(n =>
        Public.Contains(n.Status)
        && Values("q").All(q => n.Keywords.Contains(q))
        && IsNear(n)
        && FacetNames.Where(f => f != except).All(f => Passes(n, f)));

    private bool Passes(SeededNeed n, string facet)
    {
        var values = Values(facet);
        return facet switch
        {
            "category" => values.Count == 0 || values.Contains(n.Category),
            "skill" => values.Count == 0 || n.Skills.Any(values.Contains),
            "departement" => values.Count == 0 || values.Contains(n.Departement ?? ""),
            "region" => values.Count == 0 || values.Contains(n.Region ?? ""),
            "workMode" => WorkModes().Contains(n.WorkMode),
            "urgency" => values.Count == 0 || values.Contains(n.Urgency.ToString()),
            "format" => values.Count == 0 || values.Contains(n.Format.ToString()),
            _ => (values.Count == 0 ? [nameof(NeedStatus.Published)] : values).Contains(n.Status.ToString()),
        };
    }

    private List<WorkMode> WorkModes()
    {
        var modes = Values("workMode").Select(Enum.Parse<WorkMode>).ToList();
        return Values("remote").SingleOrDefault() switch
        {
            "true" => [.. modes, WorkMode.Remote],
            "false" => [.. (modes.Count == 0 ? Enum.GetValues<WorkMode>() : [.. modes]).Where(m => m != WorkMode.Remote)],
            _ => modes.Count == 0 ? [.. Enum.GetValues<WorkMode>()] : modes,
        };
    }

    private bool IsNear(SeededNeed n)
    {
        if (Values("near").SingleOrDefault() is not { } near)
        {
            return true;
        }

        var radius = Values("radiusKm").Select(r => double.Parse(r, CultureInfo.InvariantCulture)).SingleOrDefault(50); // the documented default radius
        return n.Departement is null || Places.DistanceKm(near, n.Departement) <= radius;
    }

    private List<string> Values(string key) => [.. query.Where(p => p.Key == key).Select(p => p.Value)];

    private static Dictionary<string, long> Count(IEnumerable<string?> values) =>
        values.OfType<string>().GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
}
