using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShareAlliance.Web.Services;

/// <summary>The needs service's public API: the catalogue's search (GET /needs) and one need (GET /needs/{id}).</summary>
public sealed class NeedsClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<NeedSearchResult> SearchAsync(NeedSearch search, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await http.GetFromJsonAsync<NeedSearchResult>(search.ToApiPath(), Json, cancellationToken);
            return result ?? throw new ServiceUnavailableException("needs");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnavailableException("needs", e);
        }
    }

    /// <summary>The need, or null when it does not exist or is not public.</summary>
    public Task<NeedDetails?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<NeedDetails>($"needs/{id}", cancellationToken);

    /// <summary>A verified association's public profile, or null when it is not public.</summary>
    public Task<AssociationProfile?> GetAssociationAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<AssociationProfile>($"associations/{id}", cancellationToken);

    /// <summary>Registers an association for the signed-in person (Identity then makes them its owner).</summary>
    public Task<ApiResult<AssociationDetails>> RegisterAssociationAsync(AssociationRegistration registration, CancellationToken cancellationToken = default) =>
        Api.Send<AssociationDetails>(HttpMethod.Post, "associations", registration, cancellationToken);

    /// <summary>The association as its members see it (status included); null when unknown or not theirs to see.</summary>
    public Task<AssociationDetails?> GetOwnAssociationAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<AssociationDetails>($"associations/{id}", cancellationToken);

    /// <summary>Drafts a need (the association's members only).</summary>
    public Task<ApiResult<OwnNeed>> DraftNeedAsync(NeedDraft draft, CancellationToken cancellationToken = default) =>
        Api.Send<OwnNeed>(HttpMethod.Post, "needs", draft, cancellationToken);

    /// <summary>Publishes a drafted need (its association must be verified: a 409 says so otherwise).</summary>
    public Task<ApiResult<OwnNeed>> PublishNeedAsync(Guid id, CancellationToken cancellationToken = default) =>
        Api.Send<OwnNeed>(HttpMethod.Post, $"needs/{id}/publish", null, cancellationToken);

    /// <summary>A need of the signed-in person's association, whatever its status; null when unknown.</summary>
    public Task<OwnNeed?> GetOwnNeedAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetOrNullAsync<OwnNeed>($"needs/{id}", cancellationToken);

    private ApiCalls Api { get; } = new(http);

    /// <summary>The shared request handling of <see cref="ApiClient"/> for this client.</summary>
    private sealed class ApiCalls(HttpClient http) : ApiClient(http, "needs")
    {
        public Task<ApiResult<T>> Send<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
            base.SendAsync<T>(method, path, body, cancellationToken);
    }

    private async Task<T?> GetOrNullAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnavailableException("needs", e);
        }
    }
}

/// <summary>What the catalogue asks for; written in the page's address and in the API's query, with the same names.</summary>
public sealed record NeedSearch
{
    public const int DefaultPageSize = 20;

    public string? Text { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> WorkModes { get; init; } = [];

    /// <summary>Null: the API's default (open needs only).</summary>
    public string? Status { get; init; }

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
        if (Status is not null)
        {
            parts.Add("status=" + Uri.EscapeDataString(Status));
        }

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
