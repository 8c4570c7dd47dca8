using Npgsql;

namespace ShareAlliance.Needs.Features.SearchNeeds;

/// <summary>
/// The two statements of a search, sent as one command: the page, then the facets (with the total). Only fixed SQL
/// fragments are written into the text; every value the caller chose travels as a parameter.
/// </summary>
internal sealed class NeedSearchSql
{
    private const string StatusFacet = "status";
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
            Equal(StatusFacet, "status", Names(criteria.Statuses)),
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

    // base: every filter but status (the status facet counts it); hit: every filter (the total and the inactive facets);
    // x_<facet>: every filter but that facet's own, one per active facet, so each active facet is counted disjunctively.
    private string Facets()
    {
        var status = dimensions.Single(d => d.Facet == StatusFacet);
        var active = dimensions.Where(d => d.Filter is not null && d.Facet != StatusFacet).ToList();
        var grouped = dimensions.Where(d => d.Filter is null && d.Facet is not (StatusFacet or SkillFacet)).ToList();
        var skill = dimensions.Single(d => d.Facet == SkillFacet);

        var ctes = new List<string>
        {
            $"base as materialized (select status, category, format, work_mode, urgency, departement, region, skills from {table} where {Where(except: StatusFacet)})",
            $"hit as materialized (select * from base where {status.Filter ?? "true"})",
        };
        ctes.AddRange(active.Select(d => $"x_{d.Facet} as materialized (select {d.Column} as value from {table} where {Where(except: d.Facet)})"));

        var selects = new List<string>
        {
            grouped.Count == 0
                ? "select 'total' as facet, null::text as value, count(*) as n from hit"
                : $"""
                  select case {string.Join(" ", grouped.Select(d => $"when grouping({d.Column}) = 0 then '{d.Facet}'"))} else 'total' end as facet,
                         coalesce({string.Join(", ", grouped.Select(d => d.Column))}) as value, count(*) as n
                  from hit group by grouping sets ((){string.Concat(grouped.Select(d => $", ({d.Column})"))})
                  """,
            skill.Filter is null
                ? $"select '{SkillFacet}', s, count(*) from hit cross join unnest(hit.skills) s group by s"
                : $"select '{SkillFacet}', s, count(*) from x_{SkillFacet} cross join unnest(x_{SkillFacet}.value) s group by s",
            $"select '{StatusFacet}', status, count(*) from base group by status",
        };
        selects.AddRange(active.Where(d => d.Facet != SkillFacet).Select(d => $"select '{d.Facet}', value, count(*) from x_{d.Facet} group by value"));

        return $"with {string.Join(",\n", ctes)}\n{string.Join("\nunion all\n", selects)}";
    }

    private string Where(string? except)
    {
        var filters = always.Concat(dimensions.Where(d => d.Filter is not null && d.Facet != except).Select(d => d.Filter!)).ToList();
        return filters.Count == 0 ? "true" : string.Join(" and ", filters);
    }

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
