using Npgsql;

namespace ShareAlliance.Needs.Features.SearchNeeds;

/// <summary>
/// The two statements of a search, sent as one command: the page, then the facets (with the total). Only fixed SQL
/// fragments are written into the text; every value the caller chose travels as a parameter.
/// </summary>
internal sealed class NeedSearchSql
{
    private const string SkillFacet = "skill";

    private readonly string table;
    private readonly List<string> always = [];
    private readonly List<NpgsqlParameter> parameters = [];
    private readonly IReadOnlyList<Dimension> dimensions;
    private readonly NeedSearchCriteria criteria;

    public NeedSearchSql(string schema, NeedSearchCriteria criteria)
    {
        this.criteria = criteria;
        table = $"{schema}.{NeedSearchTable.Name}";
        if (!string.IsNullOrWhiteSpace(criteria.Text))
        {
            always.Add($"tsv @@ {NeedSearchTable.Query(Add("q", SearchText.Fold(criteria.Text)))}");
        }

        if (criteria.Near is not null)
        {
            // Remote needs have no place: they can be done from anywhere, so they are near everyone (remote=false drops them).
            always.Add($"(work_mode = 'Remote' or departement = any({Add("near", criteria.DepartementsNear().ToArray())}))");
        }

        dimensions =
        [
            Equal("category", "category", criteria.Categories),
            Overlap(SkillFacet, "skills", criteria.Skills),
            Equal("departement", "departement", criteria.Departements),
            Equal("region", "region", criteria.Regions),
            Equal("workMode", "work_mode", Names(criteria.WorkModes)),
            Equal("urgency", "urgency", Names(criteria.Urgencies)),
            Equal("format", "format", Names(criteria.Formats)),
            Equal("status", "status", Names(criteria.Statuses)),
        ];
    }

    private sealed record Dimension(string Facet, string Column, string? Filter);

    public NpgsqlCommand ToCommand(NpgsqlConnection connection)
    {
        var command = new NpgsqlCommand($"{Page()};\n{Facets()}", connection);
        command.Parameters.AddRange(parameters.ToArray());
        command.Parameters.Add(new NpgsqlParameter("limit", criteria.PageSize));
        command.Parameters.Add(new NpgsqlParameter("offset", (criteria.Page - 1) * criteria.PageSize));
        return command;
    }

    private string Page() => $"""
        select id, title, category, status, work_mode, departement, region, city, effort_hours, deadline, urgency, format,
               skills, skill_levels, budget, published_at
        from {table} where {Where(except: null)}
        order by {Order()}
        limit @limit offset @offset
        """;

    // Ties end on id, so the order is total and pages neither overlap nor skip.
    private string Order() => criteria.Sort switch
    {
        NeedSearchSort.Deadline => "deadline, id",
        NeedSearchSort.Urgency => "urgency_rank desc, deadline, id",
        _ => "published_at desc, id",
    };

    // One pass over the needs that fail at most one active filter: each row is counted, per grouping set, under the
    // filters that set keeps (all of them, or all but its own dimension's). Skills, an array, are unnested in a second pass.
    private string Facets()
    {
        var active = dimensions.Where(d => d.Filter is not null).ToList();
        var grouped = dimensions.Where(d => d.Facet != SkillFacet).ToList();
        string All(Dimension? except) => And(active.Where(d => d != except).Select(d => d.Filter!));
        string Count(Dimension? except) => active.Any(d => d != except) ? $"count(*) filter (where {All(except)})" : "count(*)";
        // A row matters if it passes every active filter but at most one, the one of a dimension counted here (skills are not).
        var relaxable = grouped.Where(d => d.Filter is not null).ToList();
        var candidates = relaxable.Count == 0 ? All(null) : $"({string.Join(" or ", relaxable.Select(d => $"({All(d)})"))})";
        var ownCounts = relaxable.Select(d => $"when grouping({d.Column}) = 0 then {Count(d)}").ToList();
        return $"""
            select case {string.Join(" ", grouped.Select(d => $"when grouping({d.Column}) = 0 then '{d.Facet}'"))} else 'total' end as facet,
                   coalesce({string.Join(", ", grouped.Select(d => d.Column))}) as value,
                   {(ownCounts.Count == 0 ? Count(null) : $"case {string.Join(" ", ownCounts)} else {Count(null)} end")} as n
            from {table} where {And([.. always, candidates])}
            group by grouping sets ((){string.Concat(grouped.Select(d => $", ({d.Column})"))})
            union all
            select '{SkillFacet}', s, count(*) from {table} cross join unnest(skills) s where {Where(except: SkillFacet)} group by s
            """;
    }

    private static string And(IEnumerable<string> filters) => filters.Any() ? string.Join(" and ", filters) : "true";

    private string Where(string? except) =>
        And(always.Concat(dimensions.Where(d => d.Filter is not null && d.Facet != except).Select(d => d.Filter!)));

    // One value compares with "=", so a btree index that starts with the column also gives its order (PostgreSQL 15
    // does not know that "= any" of a one-element array is an equality).
    private Dimension Equal(string facet, string column, IReadOnlyList<string> values) => values.Count switch
    {
        0 => new(facet, column, null),
        1 => new(facet, column, $"{column} = {Add(column, values[0])}"),
        _ => new(facet, column, $"{column} = any({Add(column, values.ToArray())})"),
    };

    private Dimension Overlap(string facet, string column, IReadOnlyList<string> values) =>
        new(facet, column, values.Count == 0 ? null : $"{column} && {Add(column, values.ToArray())}");

    private string Add(string name, object value)
    {
        parameters.Add(new NpgsqlParameter(name, value));
        return $"@{name}";
    }

    private static string[] Names<T>(IReadOnlyList<T> values)
        where T : struct, Enum => [.. values.Select(v => v.ToString())];
}
