namespace ShareAlliance.Matching.Engine;

/// <summary>One result of a top-k search: a slot (volunteer or need) and its score.</summary>
public readonly record struct Ranked(int Slot, float Score)
{
    /// <summary>The one order of results: higher score first, then lower slot, so every search agrees to the last place.</summary>
    public static int Compare(Ranked a, Ranked b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Slot.CompareTo(b.Slot);

    public bool IsBetterThan(Ranked other) => Compare(this, other) < 0;
}

/// <summary>The best k so far: a binary heap whose root is the worst kept, so a candidate is compared with one value.</summary>
internal sealed class TopHeap(int k)
{
    private readonly Ranked[] items = new Ranked[Math.Max(k, 1)];

    public int Count { get; private set; }

    public bool Full => Count == k;

    /// <summary>The score a candidate must beat to enter (ties lose to the kept, lower slots of an ascending scan).</summary>
    public float Threshold => Full ? items[0].Score : float.NegativeInfinity;

    public void Offer(Ranked candidate)
    {
        if (k == 0)
        {
            return;
        }

        if (Count < k)
        {
            var i = Count++;
            items[i] = candidate;
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (!items[parent].IsBetterThan(items[i]))
                {
                    break;
                }

                (items[parent], items[i]) = (items[i], items[parent]);
                i = parent;
            }

            return;
        }

        if (!candidate.IsBetterThan(items[0]))
        {
            return;
        }

        items[0] = candidate;
        var at = 0;
        while (true)
        {
            var worst = at;
            var (left, right) = ((2 * at) + 1, (2 * at) + 2);
            if (left < Count && items[worst].IsBetterThan(items[left]))
            {
                worst = left;
            }

            if (right < Count && items[worst].IsBetterThan(items[right]))
            {
                worst = right;
            }

            if (worst == at)
            {
                return;
            }

            (items[worst], items[at]) = (items[at], items[worst]);
            at = worst;
        }
    }

    public IEnumerable<Ranked> Items => items.Take(Count);
}
