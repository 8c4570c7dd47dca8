using Marten;
using Marten.Events.Projections;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Needs.Features.SearchNeeds;

/// <summary>
/// Keeps <see cref="NeedSearchTable"/> current. Registered inline, so the row changes in the same transaction as the
/// need's events: a search never shows a need its own GET would not. Drafts are never written; a cancelled need is
/// removed; every later status only changes the status column.
/// </summary>
internal sealed partial class NeedSearchProjection : EventProjection
{
    private const string ContentColumns =
        "category, format, work_mode, urgency, urgency_rank, departement, region, city, effort_hours, deadline, budget, skills, skill_levels, title, tsv";

    private readonly string table;
    private readonly string contentValues = $"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {NeedSearchTable.DocumentVector("?")}";

    public NeedSearchProjection(string schema)
    {
        var definition = NeedSearchTable.Define(schema);
        table = definition.Identifier.QualifiedName;
        SchemaObjects.Add(definition);
        Options.DeleteDataInTableOnTeardown(table);
    }

    public void Project(NeedPublished e, IDocumentOperations ops)
    {
        var updates = string.Join(", ", $"status, published_at, {ContentColumns}".Split(", ").Select(c => $"{c} = excluded.{c}"));
        ops.QueueSqlCommand(
            $"insert into {table} (id, status, published_at, {ContentColumns}) values (?, ?, ?, {contentValues}) on conflict (id) do update set {updates}",
            [e.NeedId, nameof(NeedStatus.Published), e.PublishedAt.ToUniversalTime(), .. ContentValues(e.Content)]);
    }

    public void Project(NeedEdited e, IDocumentOperations ops)
    {
        // A draft's edits stay private: the row appears when the need is published, with the content it has then.
        if (e.WhilePublished)
        {
            ops.QueueSqlCommand($"update {table} set ({ContentColumns}) = ({contentValues}) where id = ?", [.. ContentValues(e.Content), e.NeedId]);
        }
    }

    public void Project(NeedStaffed e, IDocumentOperations ops) => SetStatus(ops, e.NeedId, NeedStatus.Staffed);

    public void Project(NeedStarted e, IDocumentOperations ops) => SetStatus(ops, e.NeedId, NeedStatus.InProgress);

    public void Project(NeedCompleted e, IDocumentOperations ops) => SetStatus(ops, e.NeedId, NeedStatus.Completed);

    public void Project(NeedExpired e, IDocumentOperations ops) => SetStatus(ops, e.NeedId, NeedStatus.Expired);

    public void Project(NeedCancelled e, IDocumentOperations ops) => ops.QueueSqlCommand($"delete from {table} where id = ?", e.NeedId);

    private void SetStatus(IDocumentOperations ops, Guid needId, NeedStatus status) =>
        ops.QueueSqlCommand($"update {table} set status = ? where id = ?", status.ToString(), needId);

    private static object[] ContentValues(NeedContent c)
    {
        var departement = c.Place?.Departement;
        var text = SearchText.Fold($"{c.Title}\n{c.Description}");
        return
        [
            c.Category, c.Format.ToString(), c.WorkMode.ToString(), c.Urgency.ToString(),
            (short)c.Urgency, // the enum runs from Low to Critical: its value is the rank the urgency sort uses
            OrNull(departement), OrNull(departement is null ? null : Places.Departement(departement)?.RegionCode), OrNull(c.Place?.City),
            c.EffortHours, c.Deadline, c.Budget is { } budget ? budget : DBNull.Value,
            c.RequiredSkills.Select(s => s.Skill).ToArray(), c.RequiredSkills.Select(s => (short)s.MinimumLevel).ToArray(),
            c.Title, text, text,
        ];
    }

    private static object OrNull(string? value) => value is null ? DBNull.Value : value;
}
