using ShareAlliance.ReferenceData;

namespace ShareAlliance.Matching.Engine;

/// <summary>Départements as small numbers and the distance between every two of them (ReferenceData.Places), precomputed.</summary>
public sealed class PlaceTable
{
    public const byte None = byte.MaxValue;

    private readonly Dictionary<string, byte> numbers;
    private readonly float[] distances;

    private PlaceTable(IReadOnlyList<Departement> departements)
    {
        Count = departements.Count;
        Codes = [.. departements.Select(d => d.Code)];
        numbers = departements.Select((d, i) => (d.Code, i)).ToDictionary(p => p.Code, p => (byte)p.i, StringComparer.Ordinal);
        distances = new float[Count * Count];
        for (var a = 0; a < Count; a++)
        {
            for (var b = 0; b < Count; b++)
            {
                distances[(a * Count) + b] = (float)Places.DistanceKm(
                    departements[a].Latitude, departements[a].Longitude, departements[b].Latitude, departements[b].Longitude);
            }
        }
    }

    public static PlaceTable France { get; } = new(Places.Departements);

    public int Count { get; }

    public IReadOnlyList<string> Codes { get; }

    public byte Number(string? departement) => departement is not null && numbers.TryGetValue(departement, out var n) ? n : None;

    public float DistanceKm(byte from, byte to) => distances[(from * Count) + to];

    /// <summary>Distances from one département to every other, indexed by number.</summary>
    public ReadOnlySpan<float> From(byte departement) => distances.AsSpan(departement * Count, Count);
}
