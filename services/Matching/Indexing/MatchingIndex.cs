using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Indexing;

/// <summary>
/// The engine's indexes of every open need and available volunteer, shared by the whole process (a singleton), fed from
/// Matching's read model: rebuilt at start-up (<see cref="IndexLoader"/>), kept current after each commit
/// of this process (<see cref="IndexSync"/>) and, within seconds, after other replicas' (<see cref="IndexCatchUp"/>). It is a fast, disposable copy: decisions (caps, hours) are re-checked in the database.
/// <para>
/// Thread safety: the engine's indexes accept one writer at a time and no search during an update. A
/// <see cref="ReaderWriterLockSlim"/> gives exactly that: searches share the read lock (a search runs its own parallel
/// ranges inside it), an update takes the write lock for the microseconds an upsert lasts. Copy-on-write was the other
/// choice: it never blocks a search, but each update would copy the structure-of-arrays (about 100 MiB at a million
/// volunteers) or need persistent arrays the kernels cannot scan as fast; updates are frequent and tiny, searches a few
/// milliseconds, so a short wait is the cheaper price. No lock is held across an await (the lock is thread-affine).
/// </para>
/// </summary>
public sealed class MatchingIndex : IDisposable
{
    private readonly ReaderWriterLockSlim gate = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<Guid, long> needVersions = [];
    private readonly Dictionary<Guid, long> volunteerVersions = [];
    private DateOnly day;

    public MatchingIndex(MatchingWeights weights)
    {
        Weights = weights;
        Volunteers = VolunteerIndex.ForCatalogue();
        Needs = new NeedIndex(Volunteers, weights);
    }

    public MatchingWeights Weights { get; }

    private VolunteerIndex Volunteers { get; }

    private NeedIndex Needs { get; }

    /// <summary>Runs a search under the read lock: many at once, none during an update.</summary>
    public T Read<T>(Func<VolunteerIndex, NeedIndex, T> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        gate.EnterReadLock();
        try
        {
            return search(Volunteers, Needs);
        }
        finally
        {
            gate.ExitReadLock();
        }
    }

    /// <summary>
    /// A consistent copy of the volunteers and the open needs, taken under the read lock for the time a copy takes (tens of
    /// milliseconds at a million volunteers), for a coordinated round: it plans for seconds on the copy without holding the
    /// lock, so updates go on meanwhile (and the round, like any search, re-checks its decisions in the database).
    /// </summary>
    public IndexSnapshot Snapshot() => Read((volunteers, needs) =>
        new IndexSnapshot(volunteers.Snapshot(), [.. Enumerable.Range(0, needs.Count).Select(needs.At).OfType<NeedQuery>()]));

    /// <summary>A one-volunteer index sharing the main one's skill, code and place numbering: a profile scored before it is committed.</summary>
    public VolunteerIndex Scratch() => new(Volunteers.Skills, Volunteers.Languages, Volunteers.Causes, Volunteers.Categories, Volunteers.Places, 16);

    /// <summary>Adds, replaces or removes a need; an older version than the one held changes nothing.</summary>
    public void Apply(KnownNeed need, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(need);
        Write(() =>
        {
            Today(today);
            if (needVersions.TryGetValue(need.Id, out var held) && held > need.Version)
            {
                return;
            }

            needVersions[need.Id] = need.Version;
            if (EngineFacts.Need(need) is { } facts)
            {
                Needs.Upsert(facts, today);
            }
            else
            {
                Needs.Remove(need.Id);
            }
        });
    }

    /// <summary>Adds, replaces or removes a volunteer with their current load; an older profile than the one held only updates the load.</summary>
    public void Apply(KnownVolunteer volunteer, VolunteerLoad load)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        Write(() =>
        {
            if (volunteerVersions.TryGetValue(volunteer.Id, out var held) && held > volunteer.Version)
            {
                if (Volunteers.TryGetSlot(volunteer.Id, out var slot))
                {
                    Volunteers.SetLoad(slot, load);
                }

                return;
            }

            volunteerVersions[volunteer.Id] = volunteer.Version;
            if (EngineFacts.Volunteer(volunteer) is { } facts)
            {
                Volunteers.Upsert(facts, load);
            }
            else
            {
                Volunteers.Remove(volunteer.Id);
            }
        });
    }

    /// <summary>Recompiles the needs when the day changed (hours a month and the deadline term depend on today).</summary>
    public void Refresh(DateOnly today) => Write(() => Today(today));

    private void Today(DateOnly today)
    {
        if (today != day)
        {
            day = today;
            Needs.Refresh(today);
        }
    }

    private void Write(Action update)
    {
        gate.EnterWriteLock();
        try
        {
            update();
        }
        finally
        {
            gate.ExitWriteLock();
        }
    }

    public void Dispose() => gate.Dispose();
}

/// <summary>The volunteers and the open needs at one moment (<see cref="MatchingIndex.Snapshot"/>): nobody writes to them.</summary>
public sealed record IndexSnapshot(VolunteerIndex Volunteers, IReadOnlyList<NeedQuery> Needs);
