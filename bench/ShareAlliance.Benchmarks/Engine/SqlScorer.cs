using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using ShareAlliance.Matching.Engine;
using ShareAlliance.ReferenceData;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Engine;

/// <summary>
/// The third baseline: the same score as one SQL query in PostgreSQL, as a typical implementation would write it
/// (volunteers and their skills in tables, the need as parameters, the skill join and every term in SQL, a distance
/// table from the reference data). One backend, no parallel workers: a per-core figure like the others.
/// </summary>
internal static class SqlScorer
{
    private const string Query = """
        with req as (select * from unnest(@skills::text[], @levels::int[]) as r(skill, min_level)),
        cov as (
          select vs.slot, count(*) filter (where vs.level >= r.min_level) as full_, count(*) filter (where vs.level = r.min_level - 1) as partial_
          from {0}.volunteer_skills vs join req r on r.skill = vs.skill group by vs.slot),
        terms as (
          select v.slot,
            case when @required = 0 then 1 else (coalesce(c.full_, 0) + @partial_credit * coalesce(c.partial_, 0)) / @required end as skills,
            case when @effort_per_month <= 0 then 1 else least(1, v.hours_left / @effort_per_month) end as hours,
            case when @mode = 'Remote' or @departement is null then (case when v.mode = 'OnSite' then 0.5 else 1 end)
                 when v.mode <> 'Remote' and d.km <= v.radius then (case when @mode = 'Hybrid' then 1 else 1 - 0.5 * d.km / greatest(v.radius, 1) end)
                 when @mode = 'Hybrid' and v.mode <> 'OnSite' then 0.5 else -1 end as place,
            case when cardinality(@languages::text[]) = 0 then 1
                 else (select count(*) from unnest(@languages::text[]) l where l = any(v.languages))::float8 / cardinality(@languages::text[]) end as language,
            case when cardinality(v.causes) = 0 then @no_preference when v.causes && @causes::text[] then 1 else 0 end as cause,
            case when cardinality(v.categories) = 0 then @no_preference when @category = any(v.categories) then 1 else 0 end as category,
            greatest(0, least(1, (least(coalesce(v.available_until, @deadline), @deadline) - greatest(coalesce(v.available_from, @today), @today) + 1)::float8 / @days)) as deadline,
            1 - 0.5 * v.pending / @max_pending - 0.5 * v.this_week / greatest(1, v.weekly_cap) as fairness,
            coalesce(c.full_, 0) + coalesce(c.partial_, 0) as held
          from {0}.volunteers v
          left join cov c on c.slot = v.slot
          left join {0}.distances d on d.from_dep = v.departement and d.to_dep = @departement
          where not v.paused and (not @sensitive or (v.verified and v.accepts_sensitive)) and v.hours_left > 0
            and v.pending < @max_pending and v.this_week < v.weekly_cap
            and coalesce(v.available_from, @deadline) <= @deadline and coalesce(v.available_until, @today) >= @today)
        select slot, (50 * skills + 10 * hours + 10 * place + 8 * language + 5 * cause + 5 * category + 5 * deadline + 7 * fairness) as score
        from terms where (@required = 0 or held > 0) and place >= 0
        order by score desc, slot
        """;

    /// <summary>Loads the volunteers into a fresh schema, scores every need against all of them, checks the scores against the engine's.</summary>
    public static async Task<(double NsPerPair, int Disagreements)> MeasureAsync(
        List<(VolunteerFacts Facts, VolunteerLoad Load)> volunteers, VolunteerIndex index, List<NeedFacts> needs, int runs, CancellationToken cancellationToken)
    {
        var schema = TestEnvironment.NewSchemaName("engine");
        await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
        await connection.OpenAsync(cancellationToken);
        try
        {
            await LoadAsync(connection, schema, volunteers, cancellationToken);
            var disagreements = 0;
            var elapsed = TimeSpan.Zero;
            foreach (var need in needs)
            {
                var query = NeedQuery.Build(need, index, MatchingWeights.Default, EngineData.Today);
                var expected = Enumerable.Range(0, volunteers.Count).Select(s => (Slot: s, Score: Scorer.Score(query, index, s))).Where(p => p.Score >= 0)
                    .ToDictionary(p => p.Slot, p => p.Score);
                Dictionary<int, double> scores = [];
                for (var run = 0; run <= runs; run++)
                {
                    var started = Stopwatch.GetTimestamp();
                    scores = await ScoreAsync(connection, schema, need, cancellationToken);
                    elapsed += run == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(started); // the first run warms the caches
                }

                disagreements += expected.Count(e => !scores.TryGetValue(e.Key, out var s) || Math.Abs(s - e.Value) > 0.01) + scores.Keys.Count(k => !expected.ContainsKey(k));
            }

            return (elapsed.TotalNanoseconds / ((double)volunteers.Count * needs.Count * runs), disagreements);
        }
        finally
        {
            await Database.DropSchemaAsync(schema);
        }
    }

    private static async Task<Dictionary<int, double>> ScoreAsync(NpgsqlConnection connection, string schema, NeedFacts need, CancellationToken cancellationToken)
    {
        var required = need.RequiredSkills.GroupBy(s => s.Skill, StringComparer.Ordinal).Select(g => (Skill: g.Key, Level: g.Max(s => s.Level))).ToList();
        var days = Math.Max(1, need.Deadline.DayNumber - EngineData.Today.DayNumber + 1);
        await using var command = new NpgsqlCommand(Query.Replace("{0}", schema, StringComparison.Ordinal), connection);
        command.Parameters.AddWithValue("skills", required.Select(r => r.Skill).ToArray());
        command.Parameters.AddWithValue("levels", required.Select(r => r.Level).ToArray());
        command.Parameters.AddWithValue("required", (double)required.Count);
        command.Parameters.AddWithValue("partial_credit", (double)MatchingWeights.Default.PartialCredit);
        command.Parameters.AddWithValue("no_preference", (double)MatchingWeights.Default.NoPreference);
        command.Parameters.AddWithValue("max_pending", (double)MatchingWeights.Default.MaxPendingProposals);
        command.Parameters.AddWithValue("effort_per_month", need.EffortHours * 30.0 / days);
        command.Parameters.AddWithValue("days", (double)days);
        command.Parameters.AddWithValue("mode", need.Mode.ToString());
        command.Parameters.Add(new NpgsqlParameter("departement", NpgsqlDbType.Text) { Value = need.Mode == WorkMode.Remote ? DBNull.Value : need.Departement ?? (object)DBNull.Value });
        command.Parameters.AddWithValue("languages", need.Languages.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
        command.Parameters.AddWithValue("causes", need.Causes.ToArray());
        command.Parameters.AddWithValue("category", need.Category);
        command.Parameters.AddWithValue("sensitive", need.Sensitive);
        command.Parameters.AddWithValue("deadline", need.Deadline);
        command.Parameters.AddWithValue("today", EngineData.Today);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var scores = new Dictionary<int, double>();
        while (await reader.ReadAsync(cancellationToken))
        {
            scores[reader.GetInt32(0)] = reader.GetDouble(1);
        }

        return scores;
    }

    private static async Task LoadAsync(NpgsqlConnection connection, string schema, List<(VolunteerFacts Facts, VolunteerLoad Load)> volunteers, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, $"""
            create schema {schema};
            create table {schema}.volunteers (slot int primary key, hours_left int, pending int, this_week int, weekly_cap int, available_from date,
              available_until date, mode text, departement text, radius int, languages text[], causes text[], categories text[], paused bool, verified bool,
              accepts_sensitive bool);
            create table {schema}.volunteer_skills (slot int, skill text, level int);
            create table {schema}.distances (from_dep text, to_dep text, km float8, primary key (from_dep, to_dep));
            """, cancellationToken);
        await using (var writer = await connection.BeginBinaryImportAsync($"copy {schema}.volunteers from stdin (format binary)", cancellationToken))
        {
            for (var slot = 0; slot < volunteers.Count; slot++)
            {
                var (v, load) = volunteers[slot];
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(slot, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(load.HoursLeft, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(load.PendingProposals, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(load.ProposalsThisWeek, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(load.WeeklyCap, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(writer, v.AvailableFrom, cancellationToken);
                await WriteNullableAsync(writer, v.AvailableUntil, cancellationToken);
                await writer.WriteAsync(v.Mode.ToString(), NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(v.Mode == WorkMode.Remote ? null : v.Departement, NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(v.RadiusKm ?? 0, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(v.Languages.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(v.Causes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(v.Categories.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                await writer.WriteAsync(v.Paused, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(v.Verified, NpgsqlDbType.Boolean, cancellationToken);
                await writer.WriteAsync(v.AcceptsSensitiveNeeds, NpgsqlDbType.Boolean, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"copy {schema}.volunteer_skills from stdin (format binary)", cancellationToken))
        {
            for (var slot = 0; slot < volunteers.Count; slot++)
            {
                foreach (var skill in volunteers[slot].Facts.Skills)
                {
                    await writer.WriteRowAsync(cancellationToken, slot, skill.Skill, skill.Level);
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync($"copy {schema}.distances from stdin (format binary)", cancellationToken))
        {
            foreach (var from in Places.Departements)
            {
                foreach (var to in Places.Departements)
                {
                    await writer.WriteRowAsync(cancellationToken, from.Code, to.Code, (double)(float)Places.DistanceKm(from.Code, to.Code));
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(connection, $"create index on {schema}.volunteer_skills (skill); analyze {schema}.volunteers; analyze {schema}.volunteer_skills; " +
            "analyze {schema}.distances; set max_parallel_workers_per_gather = 0;".Replace("{schema}", schema, StringComparison.Ordinal), cancellationToken);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, DateOnly? date, CancellationToken cancellationToken)
    {
        if (date is { } value)
        {
            await writer.WriteAsync(value, NpgsqlDbType.Date, cancellationToken);
        }
        else
        {
            await writer.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
