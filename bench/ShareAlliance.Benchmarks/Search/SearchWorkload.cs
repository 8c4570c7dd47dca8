using Microsoft.AspNetCore.WebUtilities;
using ShareAlliance.Needs.Features.SearchNeeds;

namespace ShareAlliance.Benchmarks.Search;

/// <summary>A search people make, as GET /needs receives it; turned into criteria by the endpoint's own record and validator.</summary>
internal sealed record SearchQuery(string Name, string QueryString)
{
    public NeedSearchCriteria ToCriteria()
    {
        var values = QueryHelpers.ParseQuery(QueryString);
        string[]? Many(string key) => values.TryGetValue(key, out var v) ? [.. v.OfType<string>()] : null;
        string? One(string key) => values.TryGetValue(key, out var v) ? v.ToString() : null;
        var query = new SearchNeedsQuery
        {
            Q = One("q"),
            Category = Many("category"),
            Skill = Many("skill"),
            Departement = Many("departement"),
            Region = Many("region"),
            WorkMode = Many("workMode"),
            Remote = One("remote"),
            Urgency = Many("urgency"),
            Format = Many("format"),
            Status = Many("status"),
            Near = One("near"),
            RadiusKm = One("radiusKm"),
            Sort = One("sort"),
            Page = One("page"),
            PageSize = One("pageSize"),
        };
        var validation = new SearchNeedsValidator().Validate(query);
        return validation.IsValid
            ? query.ToCriteria()
            : throw new InvalidOperationException($"'{QueryString}' would get a 400: {validation}");
    }
}

internal static class SearchWorkload
{
    /// <summary>The first is the figure of record (the "typical faceted query").</summary>
    public static IReadOnlyList<SearchQuery> All { get; } =
    [
        new("typical faceted: text + category + région", "q=site&category=COMM&region=84"),
        new("landing page: everything published, newest", ""),
        new("skills, remote, by deadline", "skill=web.wordpress&skill=data.sql&remote=true&sort=deadline"),
        new("text near Lyon, by urgency, page 3", "q=formation&near=69&radiusKm=100&sort=urgency&page=3"),
        new("filters only: categories + urgencies + région", "category=DATA&category=AI&urgency=High&urgency=Critical&region=11"),
    ];
}
