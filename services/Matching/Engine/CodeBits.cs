namespace ShareAlliance.Matching.Engine;

/// <summary>
/// Interns short codes (languages, causes, categories) to bit positions in one <see cref="ulong"/>: a set of codes is a
/// word, a shared code is one AND. Codes past the 64th are not interned and so never match (none of today's lists is
/// near that).
/// </summary>
public sealed class CodeBits
{
    private readonly Dictionary<string, int> positions = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> codes = [];
    private readonly Lock gate = new();

    public CodeBits(IEnumerable<string> known)
    {
        foreach (var code in known)
        {
            Intern(code);
        }
    }

    public int Count => codes.Count;

    public string this[int position] => codes[position];

    public ulong Set(IEnumerable<string> values)
    {
        var bits = 0UL;
        foreach (var value in values)
        {
            var position = Intern(value);
            if (position >= 0)
            {
                bits |= 1UL << position;
            }
        }

        return bits;
    }

    public IReadOnlyList<string> Codes(ulong bits)
    {
        var result = new List<string>();
        while (bits != 0)
        {
            result.Add(codes[System.Numerics.BitOperations.TrailingZeroCount(bits)]);
            bits &= bits - 1;
        }

        return result;
    }

    private int Intern(string code)
    {
        lock (gate)
        {
            if (positions.TryGetValue(code, out var position))
            {
                return position;
            }

            if (codes.Count == 64)
            {
                return -1;
            }

            positions[code] = codes.Count;
            codes.Add(code);
            return codes.Count - 1;
        }
    }
}
