using Npgsql;
using NpgsqlTypes;
using ShareAlliance.Needs.Features.SearchNeeds;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Benchmarks.Search;

/// <summary>
/// A realistic catalogue written straight into a fresh schema's search table with COPY (the benchmark measures the
/// query, not ingestion): categories as the Solidatech barometer ranks digital uses, départements weighted roughly by
/// population, skills from the catalogue for the category, a quarter of the text in English.
/// </summary>
internal static class SearchData
{
    internal static readonly (string Code, double Weight)[] Categories =
        [("COMM", 18), ("NETWORK", 12), ("ADMIN", 12), ("COLLAB", 9), ("FUNDING", 9), ("SERVICES", 8), ("DATA", 8), ("SECURITY", 7), ("AI", 6), ("TRAINING", 6), ("STRATEGY", 5)];

    // Millions of inhabitants for the twenty largest départements; every other one counts as half a million.
    private static readonly (string Code, double Millions)[] Largest =
    [
        ("59", 2.6), ("75", 2.1), ("13", 2.0), ("69", 1.9), ("93", 1.7), ("33", 1.7), ("92", 1.6), ("62", 1.5), ("78", 1.5), ("44", 1.5),
        ("77", 1.4), ("94", 1.4), ("31", 1.4), ("91", 1.3), ("95", 1.3), ("38", 1.3), ("76", 1.25), ("34", 1.2), ("67", 1.15), ("06", 1.1),
    ];

    internal static readonly (string Code, double Weight)[] Departements =
        [.. Places.Departements.Select(d => (d.Code, Largest.FirstOrDefault(l => l.Code == d.Code, (Code: d.Code, Millions: 0.5)).Millions))];

    private static readonly string[] Columns =
        ["id", "status", "category", "format", "work_mode", "urgency", "urgency_rank", "departement", "region", "city", "effort_hours", "deadline",
         "published_at", "budget", "skills", "skill_levels", "title"];

    public static async Task CreateAsync(NpgsqlConnection connection, string schema, int count, int seed, CancellationToken cancellationToken)
    {
        var table = NeedSearchTable.Define(schema);
        table.Indexes.Clear(); // built after the load, as a restore would
        var ddl = new StringWriter();
        table.WriteCreateStatement(new Weasel.Postgresql.PostgresqlMigrator(), ddl);
        await ExecuteAsync(connection, $"create schema {schema};\n{ddl}\ncreate unlogged table {schema}.load as select * from {table.Identifier.QualifiedName} with no data;\n" +
            $"alter table {schema}.load drop column tsv, add column folded text;", cancellationToken);

        var copy = $"copy {schema}.load ({string.Join(", ", Columns)}, folded) from stdin (format binary)";
        await using (var writer = await connection.BeginBinaryImportAsync(copy, cancellationToken))
        {
            var random = new Random(seed);
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; i < count; i++)
            {
                await WriteAsync(writer, random, now, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync(connection,
            $"insert into {table.Identifier.QualifiedName} ({string.Join(", ", Columns)}, tsv) " +
            $"select {string.Join(", ", Columns)}, {NeedSearchTable.DocumentVector("folded")} from {schema}.load;\ndrop table {schema}.load;", cancellationToken);
    }

    /// <summary>The indexes the service declares, built as its schema migration builds them.</summary>
    public static async Task CreateIndexesAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        var table = NeedSearchTable.Define(schema);
        foreach (var index in table.Indexes)
        {
            await ExecuteAsync(connection, index.ToDDL(table), cancellationToken);
        }

        await ExecuteAsync(connection, $"vacuum analyze {table.Identifier.QualifiedName}", cancellationToken);
    }

    public static async Task DropIndexesAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        foreach (var index in NeedSearchTable.Indexes)
        {
            await ExecuteAsync(connection, $"drop index {schema}.{index.Name}", cancellationToken);
        }

        await ExecuteAsync(connection, $"analyze {schema}.{NeedSearchTable.Name}", cancellationToken);
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, Random random, DateTimeOffset now, CancellationToken ct)
    {
        var category = Pick(random, Categories);
        var workMode = Pick(random, [("Remote", 40.0), ("Hybrid", 35.0), ("OnSite", 25.0)]);
        var departement = workMode == "Remote" ? null : Pick(random, Departements);
        var urgency = Pick(random, [("Low", 15.0), ("Normal", 50.0), ("High", 25.0), ("Critical", 10.0)]);
        var status = Pick(random, [("Published", 55.0), ("Staffed", 10.0), ("InProgress", 10.0), ("Completed", 15.0), ("Expired", 10.0)]);
        // Published needs are under 40 days old (older ones expire); the others were published up to two years ago.
        var publishedAt = now.AddMinutes(-random.Next(status == "Published" ? 40 * 24 * 60 : 2 * 365 * 24 * 60));
        var catalogue = Skills.ForCategory(category);
        var skills = Enumerable.Range(0, random.Next(1, 5)).Select(_ => catalogue[(int)(catalogue.Count * Math.Pow(random.NextDouble(), 2))].Slug).Distinct().ToArray();
        var english = random.NextDouble() < 0.25;
        var titles = english ? SearchVocabulary.Titles[category].En : SearchVocabulary.Titles[category].Fr;
        var sentences = english ? SearchVocabulary.SentencesEn : SearchVocabulary.SentencesFr;
        var title = titles[random.Next(titles.Length)];
        var description = string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => sentences[random.Next(sentences.Length)]));

        await writer.StartRowAsync(ct);
        await writer.WriteAsync(Guid.CreateVersion7(publishedAt), NpgsqlDbType.Uuid, ct);
        await writer.WriteAsync(status, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(category, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(Pick(random, [("OneOffMission", 45.0), ("LongTerm", 20.0), ("SkillsSponsorship", 25.0), ("ProBono", 10.0)]), NpgsqlDbType.Text, ct);
        await writer.WriteAsync(workMode, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(urgency, NpgsqlDbType.Text, ct);
        await writer.WriteAsync((short)Array.IndexOf(["Low", "Normal", "High", "Critical"], urgency), NpgsqlDbType.Smallint, ct);
        await WriteOrNullAsync(writer, departement, ct);
        await WriteOrNullAsync(writer, departement is null ? null : Places.Departement(departement)!.RegionCode, ct);
        await WriteOrNullAsync(writer, departement is null ? null : Places.Departement(departement)!.Prefecture, ct);
        await writer.WriteAsync(random.Next(5, 300), NpgsqlDbType.Integer, ct);
        await writer.WriteAsync(DateOnly.FromDateTime(publishedAt.UtcDateTime).AddDays(random.Next(14, 365)), NpgsqlDbType.Date, ct);
        await writer.WriteAsync(publishedAt, NpgsqlDbType.TimestampTz, ct);
        if (random.NextDouble() < 0.4)
        {
            await writer.WriteNullAsync(ct);
        }
        else
        {
            await writer.WriteAsync((decimal)random.Next(50, 20_000), NpgsqlDbType.Numeric, ct);
        }

        await writer.WriteAsync(skills, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await writer.WriteAsync(skills.Select(_ => (short)random.Next(1, 5)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Smallint, ct);
        await writer.WriteAsync(title, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(SearchText.Fold($"{title}\n{description}"), NpgsqlDbType.Text, ct);
    }

    private static async Task WriteOrNullAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken ct)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(ct);
        }
        else
        {
            await writer.WriteAsync(value, NpgsqlDbType.Text, ct);
        }
    }

    internal static string Pick(Random random, (string Value, double Weight)[] choices)
    {
        var at = random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            at -= weight;
            if (at < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
