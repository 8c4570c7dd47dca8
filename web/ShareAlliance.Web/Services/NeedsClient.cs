using System.Text;

namespace ShareAlliance.Web.Services;

/// <summary>
/// The needs service's API: the catalogue's search (GET /needs), one need (GET /needs/{id}), the needs' timeline (public
/// figures), an association's profile, and the coordinator's verification queue with its decisions.
/// </summary>
public sealed class NeedsClient(HttpClient http) : ApiClient(http, "needs")
{
    public Task<NeedSearchResult> SearchAsync(NeedSearch search, CancellationToken cancellationToken = default) =>
        GetAsync<NeedSearchResult>(search.ToApiPath(), cancellationToken);

    /// <summary>
    /// The need, or null when it does not exist or the caller may not see it (anyone sees a published need; the association's
    /// members see theirs in any status, drafts included).
    /// </summary>
    public Task<NeedDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<NeedDetails>($"needs/{id}", cancellationToken);

    /// <summary>A verified association's public profile, or null when it is not public.</summary>
    public Task<AssociationProfile?> GetAssociationAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<AssociationProfile>($"associations/{id}", cancellationToken);

    /// <summary>Skills coverage over time (public): per day, the needs published, staffed and completed so far.</summary>
    public async Task<IReadOnlyList<NeedsDay>> GetTimelineAsync(CancellationToken cancellationToken = default) =>
        await GetAsync<List<NeedsDay>>("needs/timeline", cancellationToken);

    /// <summary>Registers an association for the signed-in person (Identity then makes them its owner).</summary>
    public Task<ApiResult<AssociationDetails>> RegisterAssociationAsync(AssociationRegistration registration, CancellationToken cancellationToken = default) =>
        SendAsync<AssociationDetails>(HttpMethod.Post, "associations", registration, cancellationToken);

    /// <summary>The association as its members see it (status included); null when unknown or not theirs to see.</summary>
    public Task<AssociationDetails?> GetOwnAssociationAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<AssociationDetails>($"associations/{id}", cancellationToken);

    /// <summary>Drafts a need (the association's members only).</summary>
    public Task<ApiResult<NeedDetails>> DraftNeedAsync(NeedDraft draft, CancellationToken cancellationToken = default) =>
        SendAsync<NeedDetails>(HttpMethod.Post, "needs", draft, cancellationToken);

    /// <summary>The association's needs in every status, drafts included, newest first (its members and coordinators).</summary>
    public Task<IReadOnlyList<AssociationNeed>> ListAssociationNeedsAsync(Guid associationId, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<AssociationNeed>>($"associations/{associationId}/needs", cancellationToken);

    /// <summary>
    /// Replaces a draft or published need's content, if it is still at <paramref name="version"/>: otherwise 412 (someone
    /// changed it meanwhile); 409 <c>need-not-editable</c> once it is staffed or closed.
    /// </summary>
    public Task<ApiResult<NeedDetails>> EditNeedAsync(Guid id, long version, NeedEdit edit, CancellationToken cancellationToken = default) =>
        SendAsync<NeedDetails>(HttpMethod.Put, $"needs/{id}", edit, cancellationToken, ifMatchVersion: version);

    /// <summary>Publishes a drafted need (its association must be verified: a 409 says so otherwise).</summary>
    public Task<ApiResult<NeedDetails>> PublishNeedAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<NeedDetails>(HttpMethod.Post, $"needs/{id}/publish", null, cancellationToken);

    /// <summary>Coordinators: the associations awaiting review, oldest first, with the registries' answers.</summary>
    public Task<IReadOnlyList<AssociationToReview>> ReviewQueueAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<AssociationToReview>>("associations/review-queue", cancellationToken);

    /// <summary>Coordinators: verify an association (it may then publish needs).</summary>
    public Task<ApiResult<AssociationDetails>> VerifyAssociationAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<AssociationDetails>(HttpMethod.Post, $"associations/{id}/verify", new { }, cancellationToken);

    /// <summary>Coordinators: reject a newly registered association with a reason it will read (400 naming <c>reason</c> without one).</summary>
    public Task<ApiResult<AssociationDetails>> RejectAssociationAsync(Guid id, string? reason, CancellationToken cancellationToken = default) =>
        SendAsync<AssociationDetails>(HttpMethod.Post, $"associations/{id}/reject", new { reason }, cancellationToken);
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

/// <summary>A need as GET /needs/{id} answers it; <c>Version</c> is what an edit sends back in If-Match.</summary>
public sealed record NeedDetails(
    Guid Id,
    long Version,
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
    DateTimeOffset? PublishedAt,
    bool Sensitive);

/// <summary>One of an association's needs as its list shows it (GET /associations/{id}/needs).</summary>
public sealed record AssociationNeed(
    Guid Id, long Version, string Status, string Title, string Category, DateOnly Deadline, DateTimeOffset DraftedAt, DateTimeOffset? PublishedAt);

/// <summary>An association awaiting review, with what the national registries say about its identifiers.</summary>
public sealed record AssociationToReview(AssociationDetails Association, IReadOnlyList<RegistryEntry> RegistryEntries);

/// <summary>What a registry (RNA, SIRENE) says about an identifier.</summary>
public sealed record RegistryEntry(string Identifier, string Name, string? City, bool Active);
