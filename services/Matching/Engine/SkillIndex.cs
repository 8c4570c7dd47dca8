using ShareAlliance.ReferenceData;

namespace ShareAlliance.Matching.Engine;

/// <summary>
/// Skill slugs interned to small integers, so a set of skills is <see cref="Words"/> machine words. Built from the
/// catalogue; slugs the catalogue lacks get the spare positions of the last word (or of one more word reserved for them).
/// </summary>
public sealed class SkillIndex
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> slugs = [];
    private readonly Lock gate = new();

    public SkillIndex(IEnumerable<string> known, int spare = 16)
    {
        foreach (var slug in known)
        {
            if (!numbers.ContainsKey(slug))
            {
                numbers[slug] = slugs.Count;
                slugs.Add(slug);
            }
        }

        Words = Math.Max(1, (slugs.Count + spare + 63) / 64);
    }

    /// <summary>The catalogue's skills (ReferenceData), in its order.</summary>
    public static SkillIndex FromCatalogue() => new(Skills.All.Select(s => s.Slug));

    public int Words { get; }

    public int Capacity => Words * 64;

    public int Count => slugs.Count;

    public string Slug(int number) => slugs[number];

    public bool TryFind(string slug, out int number) => numbers.TryGetValue(slug, out number);

    /// <summary>The slug's number, adding it if new; -1 when the index is full (the skill then never matches).</summary>
    public int Intern(string slug)
    {
        lock (gate)
        {
            if (numbers.TryGetValue(slug, out var number))
            {
                return number;
            }

            if (slugs.Count == Capacity)
            {
                return -1;
            }

            numbers[slug] = slugs.Count;
            slugs.Add(slug);
            return slugs.Count - 1;
        }
    }
}
