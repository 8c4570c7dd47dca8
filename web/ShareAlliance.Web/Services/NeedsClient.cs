using System.Text;

namespace ShareAlliance.Web.Services;

/// <summary>The needs service's public API: the catalogue's search (GET /needs) and one need (GET /needs/{id}).</summary>
public sealed class NeedsClient(HttpClient http) : ApiClient(http, "needs")
{
    public Task<NeedSearchResult> SearchAsync(NeedSearch search, CancellationToken cancellationToken = default) =>
        GetAsync<NeedSearchResult>(search.ToApiPath(), cancellationToken);

    /// <summary>The need, or null when it does not exist or is not public.</summary>
    public Task<NeedDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<NeedDetails>($"needs/{id}", cancellationToken);

    /// <summary>A verified association's public profile, or null when it is not public.</summary>
    public Task<AssociationProfile?> GetAssociationAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<AssociationProfile>($"associations/{id}", cancellationToken);

    /// <summary>Skills coverage over time (public): per day, the needs published, staffed and completed so far.</summary>
    public async Task<IReadOnlyList<NeedsDay>> GetTimelineAsync(CancellationToken cancellationToken = default) =>
        await GetAsync<List<NeedsDay>>("needs/timeline", cancellationToken);
}

/// <summary>What the catalogue asks for; written in the page's address and in the API's query, with the same names.</summary>
public sealed record NeedSearch
{
    public const int DefaultPageSize = 20;

    public string? Text { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> WorkModes { get; init; } = [];

    /// <summary>Empty: the API's default (open needs only).</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public string ToApiPath() => "needs?" + Query(includeDefaults: true);

    /// <summary>The catalogue page's address for this search.</summary>
    public string ToPagePath() => Query(includeDefaults: false) is { Length: > 0 } query ? "needs?" + query : "needs";

    private string Query(bool includeDefaults)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Text))
        {
            parts.Add("q=" + Uri.EscapeDataString(Text.Trim()));
        }

        parts.AddRange(Categories.Select(c => "category=" + Uri.EscapeDataString(c)));
        parts.AddRange(WorkModes.Select(m => "workMode=" + Uri.EscapeDataString(m)));
        parts.AddRange(Statuses.Select(s => "status=" + Uri.EscapeDataString(s)));

        if (Page > 1 || includeDefaults)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"page={Page}"));
        }

        if (includeDefaults)
        {
            parts.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"pageSize={PageSize}"));
        }

        return new StringBuilder().AppendJoin('&', parts).ToString();
    }
}

public sealed record NeedSearchResult(long Total, int Page, int PageSize, IReadOnlyList<NeedSearchHit> Items, NeedSearchFacets Facets);

public sealed record NeedSearchHit(
    Guid Id,
    string Title,
    string Category,
    string Status,
    string WorkMode,
    string? Departement,
    string? Region,
    string? City,
    int EffortHours,
    DateOnly Deadline,
    string Urgency,
    string Format,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    decimal? Budget,
    DateTimeOffset PublishedAt);

public sealed record FacetCount(string Value, long Count);

public sealed record NeedSearchFacets(
    IReadOnlyList<FacetCount> Category,
    IReadOnlyList<FacetCount> Skill,
    IReadOnlyList<FacetCount> Departement,
    IReadOnlyList<FacetCount> Region,
    IReadOnlyList<FacetCount> WorkMode,
    IReadOnlyList<FacetCount> Urgency,
    IReadOnlyList<FacetCount> Format,
    IReadOnlyList<FacetCount> Status);

public sealed record RequiredSkill(string Skill, int MinimumLevel);

public sealed record NeedPlace(string Departement, string? City);

public sealed record AssociationProfile(Guid Id, string Name, string Departement, string City);

public sealed record NeedDetails(
    Guid Id,
    Guid AssociationId,
    string Status,
    string Title,
    string Description,
    string Category,
    string Format,
    string WorkMode,
    NeedPlace? Place,
    int EffortHours,
    DateOnly Deadline,
    string Urgency,
    IReadOnlyList<string> Languages,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    decimal? Budget,
    DateTimeOffset? PublishedAt);
