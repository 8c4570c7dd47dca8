using Npgsql;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Needs.Features.SearchNeeds;

/// <summary>Runs a search on an open connection, in one round trip. The service and the benchmark both call this.</summary>
public static class NeedSearch
{
    public static async Task<NeedSearchResult> RunAsync(NpgsqlConnection connection, string schema, NeedSearchCriteria criteria, CancellationToken cancellationToken)
    {
        await using var command = new NeedSearchSql(schema, criteria).ToCommand(connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        var items = new List<NeedSearchHit>(criteria.PageSize);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(ReadHit(reader, criteria.Near));
        }

        await reader.NextResultAsync(cancellationToken);
        var total = 0L;
        var facets = new Dictionary<string, List<FacetCount>>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (facet, count) = (reader.GetString(0), reader.GetInt64(2));
            if (facet == "total")
            {
                total = count;
            }
            else if (count > 0 && !await reader.IsDBNullAsync(1, cancellationToken))
            {
                (facets.TryGetValue(facet, out var counts) ? counts : facets[facet] = []).Add(new(reader.GetString(1), count));
            }
        }

        IReadOnlyList<FacetCount> Facet(string name) =>
            [.. facets.GetValueOrDefault(name, []).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];

        return new(total, criteria.Page, criteria.PageSize, items, new(
            Facet("category"), Facet("skill"), Facet("departement"), Facet("region"), Facet("workMode"), Facet("urgency"), Facet("format"), Facet("status")));
    }

    private static NeedSearchHit ReadHit(NpgsqlDataReader r, string? near)
    {
        var departement = r.IsDBNull(5) ? null : r.GetString(5);
        var skills = r.GetFieldValue<string[]>(12);
        var levels = r.GetFieldValue<short[]>(13);
        return new(
            r.GetGuid(0), r.GetString(1), r.GetString(2), Enum.Parse<NeedStatus>(r.GetString(3)), Enum.Parse<WorkMode>(r.GetString(4)),
            departement, r.IsDBNull(6) ? null : r.GetString(6), r.IsDBNull(7) ? null : r.GetString(7), r.GetInt32(8),
            r.GetFieldValue<DateOnly>(9), Enum.Parse<Urgency>(r.GetString(10)), Enum.Parse<NeedFormat>(r.GetString(11)),
            [.. skills.Zip(levels, (skill, level) => new RequiredSkill(skill, level))],
            r.IsDBNull(14) ? null : r.GetDecimal(14), r.GetFieldValue<DateTimeOffset>(15),
            near is not null && departement is not null ? Math.Round(Places.DistanceKm(near, departement), 1) : null);
    }
}
