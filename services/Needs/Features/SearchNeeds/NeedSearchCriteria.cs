using ShareAlliance.Needs.Domain;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Needs.Features.SearchNeeds;

public enum NeedSearchSort
{
    Newest,
    Deadline,
    Urgency,
}

/// <summary>
/// A validated search. Values within one dimension are alternatives (category=COMM&amp;category=DATA: either), dimensions
/// combine (and also the text, and the distance). Empty lists filter nothing.
/// </summary>
public sealed record NeedSearchCriteria
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000;
    public const double DefaultRadiusKm = 50;
    public const double MaxRadiusKm = 1_000;

    /// <summary>What the public may find: drafts and cancelled needs never are.</summary>
    public static IReadOnlyList<NeedStatus> PublicStatuses { get; } =
        [NeedStatus.Published, NeedStatus.Staffed, NeedStatus.InProgress, NeedStatus.Completed, NeedStatus.Expired];

    public string? Text { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Needs requiring any of these skills.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    public IReadOnlyList<string> Departements { get; init; } = [];

    public IReadOnlyList<string> Regions { get; init; } = [];

    public IReadOnlyList<WorkMode> WorkModes { get; init; } = [];

    public IReadOnlyList<Urgency> Urgencies { get; init; } = [];

    public IReadOnlyList<NeedFormat> Formats { get; init; } = [];

    public IReadOnlyList<NeedStatus> Statuses { get; init; } = [NeedStatus.Published];

    /// <summary>A département code: needs placed within <see cref="RadiusKm"/> of its reference point, and remote needs.</summary>
    public string? Near { get; init; }

    public double RadiusKm { get; init; } = DefaultRadiusKm;

    public NeedSearchSort Sort { get; init; } = NeedSearchSort.Newest;

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>
    /// Distance is measured between reference points (préfectures) as <see cref="Places.DistanceKm(string, string)"/> does,
    /// and a need's place is its département: so "within the radius" is exactly "in one of these départements".
    /// </summary>
    public IReadOnlyList<string> DepartementsNear() => Near is null
        ? []
        : [.. Places.Departements.Where(d => Places.DistanceKm(Near, d.Code) <= RadiusKm).Select(d => d.Code)];

    /// <summary>Enum names as the API writes them, in any case; numbers are refused (Enum.TryParse would take "7").</summary>
    public static bool TryParseName<T>(string? value, out T result)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        result = default;
        return false;
    }
}
