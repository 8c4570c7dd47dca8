using ShareAlliance.Needs.Domain;

namespace ShareAlliance.Needs.Features.SearchNeeds;

/// <summary>One page of needs matching the search, how many match in all, and the facets to refine it.</summary>
public sealed record NeedSearchResult(long Total, int Page, int PageSize, IReadOnlyList<NeedSearchHit> Items, NeedSearchFacets Facets);

/// <summary>What a search shows of a need: its public terms, nothing about the people behind it.</summary>
public sealed record NeedSearchHit(
    Guid Id,
    string Title,
    string Category,
    NeedStatus Status,
    WorkMode WorkMode,
    string? Departement,
    string? Region,
    string? City,
    int EffortHours,
    DateOnly Deadline,
    Urgency Urgency,
    NeedFormat Format,
    IReadOnlyList<RequiredSkill> RequiredSkills,
    decimal? Budget,
    DateTimeOffset PublishedAt,
    double? DistanceKm);

public sealed record FacetCount(string Value, long Count);

/// <summary>
/// Counts per value, most frequent first (ties by value), values with no need left out. Disjunctive: each dimension is
/// counted over the needs matching every filter except its own, so it shows what choosing another value would give.
/// </summary>
public sealed record NeedSearchFacets(
    IReadOnlyList<FacetCount> Category,
    IReadOnlyList<FacetCount> Skill,
    IReadOnlyList<FacetCount> Departement,
    IReadOnlyList<FacetCount> Region,
    IReadOnlyList<FacetCount> WorkMode,
    IReadOnlyList<FacetCount> Urgency,
    IReadOnlyList<FacetCount> Format,
    IReadOnlyList<FacetCount> Status);
