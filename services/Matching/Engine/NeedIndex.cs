namespace ShareAlliance.Matching.Engine;

/// <summary>Open needs compiled for scoring against one <see cref="VolunteerIndex"/>; a need is a slot number. One writer at a time.</summary>
public sealed class NeedIndex(VolunteerIndex volunteers, MatchingWeights weights)
{
    private readonly Dictionary<Guid, int> slots = [];
    private readonly Stack<int> free = new();
    private readonly List<NeedQuery?> queries = [];

    public VolunteerIndex Volunteers { get; } = volunteers;

    public MatchingWeights Weights { get; } = weights;

    public int Count => queries.Count;

    public int Active => slots.Count;

    public NeedQuery? At(int slot) => queries[slot];

    public bool TryGetSlot(Guid id, out int slot) => slots.TryGetValue(id, out slot);

    public int Upsert(NeedFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var query = NeedQuery.Build(facts, Volunteers, Weights, today);
        if (slots.TryGetValue(facts.Id, out var slot))
        {
            queries[slot] = query;
            return slot;
        }

        if (free.Count > 0)
        {
            slot = free.Pop();
            queries[slot] = query;
        }
        else
        {
            slot = queries.Count;
            queries.Add(query);
        }

        slots[facts.Id] = slot;
        return slot;
    }

    public bool Remove(Guid id)
    {
        if (!slots.Remove(id, out var slot))
        {
            return false;
        }

        queries[slot] = null;
        free.Push(slot);
        return true;
    }

    /// <summary>Recompiles every need for a new day (hours a month and the deadline term depend on today).</summary>
    public void Refresh(DateOnly today)
    {
        for (var slot = 0; slot < queries.Count; slot++)
        {
            if (queries[slot] is { } query)
            {
                queries[slot] = NeedQuery.Build(query.Facts, Volunteers, Weights, today);
            }
        }
    }
}
