namespace ShareAlliance.Matching.Engine;

/// <summary>
/// Top-k searches. The engine's: slots split into ranges scanned in parallel, each volunteer first tested on the need's
/// skill words alone (no required skill held: skipped), then bounded (skill points plus the most the other terms can
/// add: skipped when that cannot beat the k-th kept), and only then filtered and scored; the ranges' best are merged.
/// The full scans score every slot one by one: the reference the engine must equal.
/// </summary>
public static class TopK
{
    /// <summary>Slots per parallel range at least: below that, one thread scans everything.</summary>
    public const int DefaultRangeSize = 16_384;

    public static IReadOnlyList<Ranked> VolunteersFor(NeedQuery need, VolunteerIndex volunteers, int k, int rangeSize = DefaultRangeSize)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(volunteers);
        var count = volunteers.Count;
        var ranges = Math.Clamp(count / Math.Max(1, rangeSize), 1, Math.Max(Environment.ProcessorCount * 4, 1));
        if (ranges == 1)
        {
            return Sorted(ScanVolunteers(need, volunteers, 0, count, k).Items);
        }

        var partial = new TopHeap[ranges];
        Parallel.For(0, ranges, r => partial[r] = ScanVolunteers(need, volunteers, (int)((long)count * r / ranges), (int)((long)count * (r + 1) / ranges), k));
        return Merge(partial, k);
    }

    public static IReadOnlyList<Ranked> VolunteersForFullScan(NeedQuery need, VolunteerIndex volunteers, int k)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(volunteers);
        var heap = new TopHeap(k);
        for (var slot = 0; slot < volunteers.Count; slot++)
        {
            var score = Scorer.Score(need, volunteers, slot);
            if (score >= 0)
            {
                heap.Offer(new Ranked(slot, score));
            }
        }

        return Sorted(heap.Items);
    }

    public static IReadOnlyList<Ranked> NeedsFor(int volunteer, NeedIndex needs, int k, int rangeSize = DefaultRangeSize)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var count = needs.Count;
        var ranges = Math.Clamp(count / Math.Max(1, rangeSize), 1, Math.Max(Environment.ProcessorCount * 4, 1));
        if (ranges == 1)
        {
            return Sorted(ScanNeeds(volunteer, needs, 0, count, k).Items);
        }

        var partial = new TopHeap[ranges];
        Parallel.For(0, ranges, r => partial[r] = ScanNeeds(volunteer, needs, (int)((long)count * r / ranges), (int)((long)count * (r + 1) / ranges), k));
        return Merge(partial, k);
    }

    public static IReadOnlyList<Ranked> NeedsForFullScan(int volunteer, NeedIndex needs, int k)
    {
        ArgumentNullException.ThrowIfNull(needs);
        var heap = new TopHeap(k);
        for (var slot = 0; slot < needs.Count; slot++)
        {
            if (needs.At(slot) is { } need)
            {
                var score = Scorer.Score(need, needs.Volunteers, volunteer);
                if (score >= 0)
                {
                    heap.Offer(new Ranked(slot, score));
                }
            }
        }

        return Sorted(heap.Items);
    }

    private static TopHeap ScanVolunteers(NeedQuery q, VolunteerIndex v, int from, int to, int k)
    {
        var heap = new TopHeap(k);
        var words = q.Words;
        if (words.Length == 1)
        {
            // The common case (a need's skills within one 64-skill word): one column and one mask, read sequentially.
            var column = v.Has[words[0]].AsSpan(from, to - from);
            var mask = q.Any[0];
            for (var i = 0; i < column.Length; i++)
            {
                if ((column[i] & mask) != 0)
                {
                    Consider(q, v, from + i, heap);
                }
            }

            return heap;
        }

        for (var slot = from; slot < to; slot++)
        {
            var any = words.Length == 0;
            for (var i = 0; i < words.Length && !any; i++)
            {
                any = (v.Has[words[i]][slot] & q.Any[i]) != 0;
            }

            if (any)
            {
                Consider(q, v, slot, heap);
            }
        }

        return heap;
    }

    private static void Consider(NeedQuery q, VolunteerIndex v, int slot, TopHeap heap)
    {
        var skills = Scorer.SkillPoints(q, v, slot);
        if (skills < 0 || skills + q.RestMax <= heap.Threshold || !Scorer.Passes(q, v, slot))
        {
            return;
        }

        var place = Scorer.PlaceFit(q, v, slot);
        if (place >= 0)
        {
            heap.Offer(new Ranked(slot, skills + Scorer.RestAfterSkills(q, v, slot, place)));
        }
    }

    private static TopHeap ScanNeeds(int volunteer, NeedIndex needs, int from, int to, int k)
    {
        var heap = new TopHeap(k);
        var v = needs.Volunteers;
        for (var slot = from; slot < to; slot++)
        {
            if (needs.At(slot) is { } q)
            {
                var skills = Scorer.SkillPoints(q, v, volunteer);
                if (skills < 0 || skills + q.RestMax <= heap.Threshold || !Scorer.Passes(q, v, volunteer))
                {
                    continue;
                }

                var place = Scorer.PlaceFit(q, v, volunteer);
                if (place >= 0)
                {
                    heap.Offer(new Ranked(slot, skills + Scorer.RestAfterSkills(q, v, volunteer, place)));
                }
            }
        }

        return heap;
    }

    private static List<Ranked> Merge(TopHeap[] partial, int k)
    {
        var all = partial.SelectMany(h => h.Items).ToList();
        all.Sort(Ranked.Compare);
        return all.Count > k ? all[..k] : all;
    }

    private static List<Ranked> Sorted(IEnumerable<Ranked> items)
    {
        var list = items.ToList();
        list.Sort(Ranked.Compare);
        return list;
    }
}
