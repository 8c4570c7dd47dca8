using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ShareAlliance.Needs.Features.SearchNeeds;

/// <summary>
/// needs.need_search: one flat row per need the public may see (published and after; never a draft, never a cancelled
/// need), kept by <see cref="NeedSearchProjection"/> in the transaction that appends the need's events.
/// </summary>
public static class NeedSearchTable
{
    public const string Name = "need_search";

    /// <summary>
    /// The indexes the search needs, beyond the primary key (the benchmark drops exactly these for its baseline).
    /// Text and skills are GIN; the facet columns are btree so filters combine with a bitmap AND; each sort has an index
    /// that also starts with status, so the first page of a broad search is read in order instead of sorted.
    /// </summary>
    public static IReadOnlyList<IndexDefinition> Indexes { get; } =
    [
        new("need_search_tsv") { Method = IndexMethod.gin, Columns = ["tsv"] },
        new("need_search_skills") { Method = IndexMethod.gin, Columns = ["skills"] },
        new("need_search_category") { Columns = ["category"] },
        new("need_search_departement") { Columns = ["departement"] },
        new("need_search_region") { Columns = ["region"] },
        new("need_search_newest") { Columns = ["status", "published_at DESC", "id"] },
        new("need_search_deadline") { Columns = ["status", "deadline", "id"] },
        new("need_search_urgency") { Columns = ["status", "urgency_rank DESC", "deadline", "id"] },
    ];

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("id").AsPrimaryKey();
        table.AddColumn("status", "text").NotNull();
        table.AddColumn("category", "text").NotNull();
        table.AddColumn("format", "text").NotNull();
        table.AddColumn("work_mode", "text").NotNull();
        table.AddColumn("urgency", "text").NotNull();
        table.AddColumn("urgency_rank", "smallint").NotNull();
        table.AddColumn("departement", "text");
        table.AddColumn("region", "text");
        table.AddColumn("city", "text");
        table.AddColumn("effort_hours", "integer").NotNull();
        table.AddColumn("deadline", "date").NotNull();
        table.AddColumn("published_at", "timestamp with time zone").NotNull();
        table.AddColumn("budget", "numeric");
        table.AddColumn("skills", "text[]").NotNull();
        table.AddColumn("skill_levels", "smallint[]").NotNull();
        table.AddColumn("title", "text").NotNull();
        table.AddColumn("tsv", "tsvector").NotNull();
        foreach (var index in Indexes)
        {
            table.Indexes.Add(new IndexDefinition(index.Name) { Method = index.Method, Columns = index.Columns });
        }

        return table;
    }

    /// <summary>
    /// The document vector of a need, from its folded title and description (<see cref="SearchText.Fold"/>): French and
    /// English stems side by side, so a query stemmed either way finds it. <paramref name="foldedText"/> is SQL (a
    /// placeholder or a column), written twice.
    /// </summary>
    public static string DocumentVector(string foldedText) =>
        $"to_tsvector('french', {foldedText}) || to_tsvector('english', {foldedText})";

    /// <summary>The query side of <see cref="DocumentVector"/>: a web-style query (words, "phrases", -not, or) in both languages.</summary>
    public static string Query(string foldedQuery) =>
        $"(websearch_to_tsquery('french', {foldedQuery}) || websearch_to_tsquery('english', {foldedQuery}))";
}
