using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    public const int DefaultRangeSize = 131_072;

    public static IReadOnlyList<Ranked> VolunteersFor(NeedQuery need, VolunteerIndex volunteers, int k, int rangeSize = DefaultRangeSize)
    {
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(volunteers);
        var count = volunteers.Count;
        var ranges = Math.Clamp(count / Math.Max(1, rangeSize), 1, Math.Max(Environment.ProcessorCount * 4, 1));
        if (ranges == 1)
        {
            return Sorted(ScanVolunteers(need, volunteers, 0, count, k, new SharedThreshold()).Items);
        }

        var partial = new TopHeap[ranges];
        var shared = new SharedThreshold();
        Parallel.For(0, ranges, r => partial[r] = ScanVolunteers(need, volunteers, (int)((long)count * r / ranges), (int)((long)count * (r + 1) / ranges), k, shared));
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

    private static TopHeap ScanVolunteers(NeedQuery q, VolunteerIndex v, int from, int to, int k, SharedThreshold shared)
    {
        var heap = new TopHeap(k);
        var words = q.Words;
        if (words.Length == 0)
        {
            for (var slot = from; slot < to; slot++)
            {
                Consider(q, v, slot, heap, shared);
            }

            return heap;
        }

        // Four slots at a time: a block none of whose volunteers holds a required skill costs a few vector instructions.
        var slotAt = from;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; slotAt + 4 <= to; slotAt += 4)
            {
                var any = Vector256<ulong>.Zero;
                for (var i = 0; i < words.Length; i++)
                {
                    ref var column = ref MemoryMarshal.GetArrayDataReference(v.Has[words[i]]);
                    any |= Vector256.LoadUnsafe(ref column, (nuint)slotAt) & Vector256.Create(q.Any[i]);
                }

                if (any == Vector256<ulong>.Zero)
                {
                    continue;
                }

                for (var lane = 0; lane < 4; lane++)
                {
                    if (any.GetElement(lane) != 0)
                    {
                        Consider(q, v, slotAt + lane, heap, shared);
                    }
                }
            }
        }

        for (; slotAt < to; slotAt++)
        {
            var any = 0UL;
            for (var i = 0; i < words.Length; i++)
            {
                any |= v.Has[words[i]][slotAt] & q.Any[i];
            }

            if (any != 0)
            {
                Consider(q, v, slotAt, heap, shared);
            }
        }

        return heap;
    }

    private static void Consider(NeedQuery q, VolunteerIndex v, int slot, TopHeap heap, SharedThreshold shared)
    {
        var skills = Scorer.SkillPoints(q, v, slot);
        if (skills < 0)
        {
            return;
        }

        // Below another range's k-th (strictly: an equal score on a lower slot would still win) or not above our own.
        var bound = skills + q.RestMax;
        if (bound <= heap.Threshold || bound < shared.Value || !Scorer.Passes(q, v, slot))
        {
            return;
        }

        // Tighter, from the arrays the filters just read: hours, deadline and fairness exact, the other terms at their best.
        var (hours, deadline, fairness) = (Scorer.HoursFit(q, v, slot), Scorer.DeadlineFit(q, v, slot), Scorer.FairnessFit(q, v, slot));
        bound = skills + Scorer.Rest(q, hours, 1, 1, 1, 1, deadline, fairness);
        if (bound <= heap.Threshold || bound < shared.Value)
        {
            return;
        }

        var place = Scorer.PlaceFit(q, v, slot);
        if (place >= 0)
        {
            heap.Offer(new Ranked(slot, skills + Scorer.Rest(q, hours, place, Scorer.LanguageFit(q, v, slot),
                Scorer.PreferenceFit(q.Causes, v.CauseBits[slot], q.NoPreference), Scorer.PreferenceFit(q.Category, v.CategoryBits[slot], q.NoPreference),
                deadline, fairness)));
            if (heap.Full && heap.Threshold > shared.Value)
            {
                shared.Value = heap.Threshold;
            }
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

    /// <summary>
    /// The best k-th score any range has found: every final top-k score is at least that, so other ranges may skip what
    /// cannot reach it. Races only lose pruning (a smaller value may overwrite a larger one), never a result.
    /// </summary>
    private sealed class SharedThreshold
    {
        private float value = float.NegativeInfinity;

        public float Value
        {
            get => Volatile.Read(ref value);
            set => Volatile.Write(ref this.value, value);
        }
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
