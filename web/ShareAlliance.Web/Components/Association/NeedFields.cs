using ShareAlliance.Web.Localization;
using ShareAlliance.Web.Services;

namespace ShareAlliance.Web.Components.Association;

/// <summary>
/// What the need form holds while it is typed in: the page keeps it, so a refusal or a service that does not answer leaves
/// every field as it was typed. A new need starts from <see cref="New"/>, an edit from the need as read (<see cref="From"/>).
/// </summary>
public sealed class NeedFields
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    public string Format { get; set; } = "OneOffMission";

    public string WorkMode { get; set; } = "Remote";

    public string Urgency { get; set; } = "Normal";

    public string? Departement { get; set; }

    public string? City { get; set; }

    public int? EffortHours { get; set; }

    public DateOnly? Deadline { get; set; }

    public decimal? Budget { get; set; }

    public IReadOnlyList<RequiredSkill> Skills { get; set; } = [];

    /// <summary>Not on the form: a new need takes the page's language; an edit keeps the need's.</summary>
    public IReadOnlyList<string> Languages { get; set; } = [];

    /// <summary>Not on the form: kept as the need has it.</summary>
    public bool Sensitive { get; set; }

    // Two months ahead by default: most needs fit, and one field fewer to fill in.
    public static NeedFields New() => new()
    {
        Deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(2)),
        Languages = [Cultures.IsEnglish ? "en" : "fr"],
    };

    public static NeedFields From(NeedDetails need) => new()
    {
        Title = need.Title,
        Description = need.Description,
        Category = need.Category,
        Format = need.Format,
        WorkMode = need.WorkMode,
        Urgency = need.Urgency,
        Departement = need.Place?.Departement,
        City = need.Place?.City,
        EffortHours = need.EffortHours,
        Deadline = need.Deadline,
        Budget = need.Budget,
        Skills = need.RequiredSkills,
        Languages = need.Languages,
        Sensitive = need.Sensitive,
    };

    public NeedDraft ToDraft(Guid associationId) => new(
        associationId, Title!.Trim(), Description, Category!, Format, WorkMode, Place(), EffortHours!.Value, Deadline, Urgency, Languages, Skills, Budget, Sensitive);

    public NeedEdit ToEdit() => new(
        Title!.Trim(), Description, Category!, Format, WorkMode, Place(), EffortHours!.Value, Deadline, Urgency, Languages, Skills, Budget, Sensitive);

    private NeedPlace? Place() =>
        WorkMode == "Remote" ? null : new NeedPlace(Departement!, string.IsNullOrWhiteSpace(City) ? null : City.Trim());
}
