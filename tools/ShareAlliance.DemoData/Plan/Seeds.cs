using System.Text;

namespace ShareAlliance.DemoData.Plan;

/// <summary>
/// Every entity of the plan draws from its own <see cref="Random"/>, seeded from the run's seed and the entity's place
/// (section and number). So association 7 is the same whether the alliance has 10 or 40 associations, and adding a section
/// later (volunteers, employers, funders) changes nothing already generated: the Idempotency-Keys of a re-run still match.
/// </summary>
public static class Seeds
{
    /// <summary>A stable seed (FNV-1a over the text; string.GetHashCode changes with every process).</summary>
    public static int Derive(int seed, string section, int number = 0)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{seed}/{section}/{number}"))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash & 0x7FFF_FFFF);
    }

    public static Random For(int seed, string section, int number = 0) => new(Derive(seed, section, number));
}

/// <summary>The few ways the generator draws; all of them from a seeded <see cref="Random"/>, never a shared one.</summary>
public static class Draws
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> choices) => choices[random.Next(choices.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static T Weighted<T>(this Random random, IReadOnlyList<(T Value, double Weight)> choices)
    {
        var point = random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (value, weight) in choices)
        {
            point -= weight;
            if (point < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    /// <summary>Up to <paramref name="count"/> distinct elements, in drawing order.</summary>
    public static IReadOnlyList<T> Several<T>(this Random random, IReadOnlyList<T> choices, int count)
    {
        var pool = choices.ToList();
        var picked = new List<T>(Math.Min(count, pool.Count));
        while (picked.Count < count && pool.Count > 0)
        {
            var i = random.Next(pool.Count);
            picked.Add(pool[i]);
            pool.RemoveAt(i);
        }

        return picked;
    }
}
