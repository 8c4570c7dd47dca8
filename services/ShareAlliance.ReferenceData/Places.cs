using System.Collections.Frozen;
using System.Collections.Immutable;

namespace ShareAlliance.ReferenceData;

public sealed record Region(string Code, string Name);

/// <summary>A département; the reference point (latitude, longitude) is its préfecture, for approximate distances.</summary>
public sealed record Departement(
    string Code,
    string Name,
    string RegionCode,
    string Prefecture,
    double Latitude,
    double Longitude)
{
    // Overseas départements are the only ones with three-character codes (971 to 976).
    public bool IsOverseas => Code.Length == 3;
}

/// <summary>French régions and départements, loaded once from the embedded <c>places.json</c>.</summary>
public static class Places
{
    private sealed record PlacesFile(
        string Version,
        string Source,
        IReadOnlyList<Region> Regions,
        IReadOnlyList<Departement> Departements);

    // Mean Earth radius (IUGG); a spherical Earth is well within the precision of a préfecture as reference point.
    private const double EarthRadiusKm = 6371.0088;

    private static readonly PlacesFile File = EmbeddedJson.Load<PlacesFile>("places.json");

    private static readonly FrozenDictionary<string, Region> RegionsByCode =
        File.Regions.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, Departement> DepartementsByCode =
        File.Departements.ToFrozenDictionary(d => d.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ImmutableArray<Departement>> DepartementsByRegion = File.Departements
        .GroupBy(d => d.RegionCode, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);

    public static string Version => File.Version;

    public static string Source => File.Source;

    public static IReadOnlyList<Region> Regions { get; } = [.. File.Regions];

    public static IReadOnlyList<Departement> Departements { get; } = [.. File.Departements];

    /// <summary>Codes as INSEE writes them ("01", "2A", "974"), compared exactly.</summary>
    public static bool IsKnownDepartement(string? code) => code is not null && DepartementsByCode.ContainsKey(code);

    public static Departement? Departement(string code) => DepartementsByCode.GetValueOrDefault(code);

    public static bool IsKnownRegion(string? code) => code is not null && RegionsByCode.ContainsKey(code);

    public static Region? Region(string code) => RegionsByCode.GetValueOrDefault(code);

    public static IReadOnlyList<Departement> DepartementsIn(string regionCode) =>
        DepartementsByRegion.GetValueOrDefault(regionCode, []);

    /// <summary>Great-circle distance between two départements' préfectures.</summary>
    public static double DistanceKm(string fromDepartement, string toDepartement)
    {
        var from = Required(fromDepartement, nameof(fromDepartement));
        var to = Required(toDepartement, nameof(toDepartement));
        return DistanceKm(from.Latitude, from.Longitude, to.Latitude, to.Longitude);
    }

    /// <summary>Great-circle distance from a département's préfecture to a point.</summary>
    public static double DistanceKm(string departement, double latitude, double longitude)
    {
        var from = Required(departement, nameof(departement));
        return DistanceKm(from.Latitude, from.Longitude, latitude, longitude);
    }

    /// <summary>Haversine distance between two points, in kilometres.</summary>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var phi1 = Radians(latitude1);
        var phi2 = Radians(latitude2);
        var halfDeltaPhi = Radians(latitude2 - latitude1) / 2;
        var halfDeltaLambda = Radians(longitude2 - longitude1) / 2;
        var h = (Math.Sin(halfDeltaPhi) * Math.Sin(halfDeltaPhi))
            + (Math.Cos(phi1) * Math.Cos(phi2) * Math.Sin(halfDeltaLambda) * Math.Sin(halfDeltaLambda));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static Departement Required(string code, string parameter) =>
        DepartementsByCode.GetValueOrDefault(code)
        ?? throw new ArgumentException($"Unknown département code '{code}'.", parameter);
}
