namespace ShareAlliance.Matching.Engine;

/// <summary>
/// Every volunteer the engine may propose, as a structure of arrays: one array per field, a volunteer is a slot number.
/// Skills are a bit set per 64-skill word, stored word by word (<c>Has[w][slot]</c>) so that a need's search reads only
/// the words its required skills fall in; the levels of the skills held are packed 2 bits each (level − 1) in one word,
/// in skill-number order, so a level is found by counting the bits held below it. Up to 32 skills per volunteer are
/// indexed (the highest levels first). One writer at a time (the service serialises updates).
/// </summary>
public sealed class VolunteerIndex
{
    internal const byte Paused = 1;
    internal const byte Verified = 2;
    internal const byte AcceptsSensitive = 4;
    internal const byte Removed = 8;

    /// <summary>Skills indexed per volunteer at most: their levels fill one 64-bit word.</summary>
    public const int MaxSkills = 32;

    private readonly Dictionary<Guid, int> slots = [];
    private readonly Dictionary<Guid, int> employerNumbers = [];
    private readonly Stack<int> free = new();
    private int capacity;

    public VolunteerIndex(SkillIndex skills, CodeBits languages, CodeBits causes, CodeBits categories, PlaceTable places, int initialCapacity = 1024)
    {
        Skills = skills;
        Languages = languages;
        Causes = causes;
        Categories = categories;
        Places = places;
        capacity = Math.Max(16, initialCapacity);
        Has = new ulong[skills.Words][];
        for (var w = 0; w < skills.Words; w++)
        {
            Has[w] = new ulong[capacity];
        }

        Levels = new ulong[capacity];

        Ids = new Guid[capacity];
        HoursPerMonth = new ushort[capacity];
        HoursLeft = new ushort[capacity];
        From = new int[capacity];
        Until = new int[capacity];
        Mode = new byte[capacity];
        Place = new byte[capacity];
        RadiusKm = new ushort[capacity];
        LanguageBits = new ulong[capacity];
        CauseBits = new ulong[capacity];
        CategoryBits = new ulong[capacity];
        Flags = new byte[capacity];
        Pending = new byte[capacity];
        ThisWeek = new byte[capacity];
        WeeklyCap = new byte[capacity];
        Employer = new int[capacity];
    }

    /// <summary>The copy <see cref="Snapshot"/> makes: the same numbering (append-only, shared), every array copied up to <see cref="Count"/>.</summary>
    private VolunteerIndex(VolunteerIndex source)
    {
        (Skills, Languages, Causes, Categories, Places) = (source.Skills, source.Languages, source.Causes, source.Categories, source.Places);
        (Count, capacity) = (source.Count, Math.Max(16, source.Count));
        slots = new(source.slots);
        employerNumbers = new(source.employerNumbers);
        free = new(source.free.Reverse());
        Has = [.. source.Has.Select(Copied)];
        Levels = Copied(source.Levels);
        Ids = Copied(source.Ids);
        HoursPerMonth = Copied(source.HoursPerMonth);
        HoursLeft = Copied(source.HoursLeft);
        From = Copied(source.From);
        Until = Copied(source.Until);
        Mode = Copied(source.Mode);
        Place = Copied(source.Place);
        RadiusKm = Copied(source.RadiusKm);
        LanguageBits = Copied(source.LanguageBits);
        CauseBits = Copied(source.CauseBits);
        CategoryBits = Copied(source.CategoryBits);
        Flags = Copied(source.Flags);
        Pending = Copied(source.Pending);
        ThisWeek = Copied(source.ThisWeek);
        WeeklyCap = Copied(source.WeeklyCap);
        Employer = Copied(source.Employer);
    }

    public SkillIndex Skills { get; }

    public CodeBits Languages { get; }

    public CodeBits Causes { get; }

    public CodeBits Categories { get; }

    public PlaceTable Places { get; }

    /// <summary>Slots in use or freed: scans run over 0 … Count - 1 and skip removed slots.</summary>
    public int Count { get; private set; }

    public int Active => slots.Count;

    internal ulong[][] Has { get; private set; }

    internal ulong[] Levels { get; private set; }

    internal Guid[] Ids { get; private set; }

    internal ushort[] HoursPerMonth { get; private set; }

    internal ushort[] HoursLeft { get; private set; }

    internal int[] From { get; private set; }

    internal int[] Until { get; private set; }

    internal byte[] Mode { get; private set; }

    internal byte[] Place { get; private set; }

    internal ushort[] RadiusKm { get; private set; }

    internal ulong[] LanguageBits { get; private set; }

    internal ulong[] CauseBits { get; private set; }

    internal ulong[] CategoryBits { get; private set; }

    internal byte[] Flags { get; private set; }

    internal byte[] Pending { get; private set; }

    internal byte[] ThisWeek { get; private set; }

    internal byte[] WeeklyCap { get; private set; }

    internal int[] Employer { get; private set; }

    public static VolunteerIndex ForCatalogue(int initialCapacity = 1024) => new(
        SkillIndex.FromCatalogue(),
        new CodeBits(["fr", "en"]),
        new CodeBits(ReferenceData.Causes.All.Select(c => c.Code)),
        new CodeBits(ReferenceData.NeedCategories.All.Select(c => c.Code)),
        PlaceTable.France,
        initialCapacity);

    /// <summary>
    /// A copy of the index as it stands (a plain copy of each array: about 150 MiB a million volunteers, copied at memory
    /// speed), for a long computation that must neither block updates nor see them half-way. Take it while no update runs.
    /// </summary>
    public VolunteerIndex Snapshot() => new(this);

    public Guid IdAt(int slot) => Ids[slot];

    public int EmployerAt(int slot) => Employer[slot];

    public bool TryGetSlot(Guid id, out int slot) => slots.TryGetValue(id, out slot);

    /// <summary>Adds or replaces a volunteer; the load (hours left, proposals) starts full and free unless given.</summary>
    public int Upsert(VolunteerFacts facts, VolunteerLoad? load = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!slots.TryGetValue(facts.Id, out var slot))
        {
            slot = free.Count > 0 ? free.Pop() : Count++;
            if (slot == capacity)
            {
                Grow();
            }

            slots[facts.Id] = slot;
        }

        Ids[slot] = facts.Id;
        for (var w = 0; w < Skills.Words; w++)
        {
            Has[w][slot] = 0;
        }

        var held = facts.Skills
            .Where(s => s.Level >= 1)
            .Select(s => (Number: Skills.Intern(s.Skill), Level: Math.Min(s.Level, 4)))
            .Where(s => s.Number >= 0)
            .GroupBy(s => s.Number)
            .Select(g => (Number: g.Key, Level: g.Max(s => s.Level)))
            .OrderByDescending(s => s.Level).ThenBy(s => s.Number)
            .Take(MaxSkills)
            .OrderBy(s => s.Number)
            .ToList();
        var levels = 0UL;
        for (var rank = 0; rank < held.Count; rank++)
        {
            Has[held[rank].Number >> 6][slot] |= 1UL << (held[rank].Number & 63);
            levels |= (ulong)(held[rank].Level - 1) << (2 * rank);
        }

        Levels[slot] = levels;
        var hours = (ushort)Math.Clamp(facts.HoursPerMonth, 0, ushort.MaxValue);
        HoursPerMonth[slot] = hours;
        From[slot] = facts.AvailableFrom?.DayNumber ?? int.MinValue;
        Until[slot] = facts.AvailableUntil?.DayNumber ?? int.MaxValue;
        Mode[slot] = (byte)facts.Mode;
        Place[slot] = facts.Mode == WorkMode.Remote ? PlaceTable.None : Places.Number(facts.Departement);
        RadiusKm[slot] = (ushort)Math.Clamp(facts.RadiusKm ?? 0, 0, ushort.MaxValue);
        LanguageBits[slot] = Languages.Set(facts.Languages);
        CauseBits[slot] = Causes.Set(facts.Causes);
        CategoryBits[slot] = Categories.Set(facts.Categories);
        Flags[slot] = (byte)((facts.Paused ? Paused : 0) | (facts.Verified ? Verified : 0) | (facts.AcceptsSensitiveNeeds ? AcceptsSensitive : 0));
        Employer[slot] = facts.EmployerId is { } employer ? EmployerNumber(employer) : -1;
        SetLoad(slot, load ?? new VolunteerLoad(hours, 0, 0));
        return slot;
    }

    public void SetLoad(int slot, VolunteerLoad load)
    {
        HoursLeft[slot] = (ushort)Math.Clamp(load.HoursLeft, 0, ushort.MaxValue);
        Pending[slot] = (byte)Math.Clamp(load.PendingProposals, 0, byte.MaxValue);
        ThisWeek[slot] = (byte)Math.Clamp(load.ProposalsThisWeek, 0, byte.MaxValue);
        WeeklyCap[slot] = (byte)Math.Clamp(load.WeeklyCap, 0, byte.MaxValue);
    }

    public VolunteerLoad LoadAt(int slot) => new(HoursLeft[slot], Pending[slot], ThisWeek[slot], WeeklyCap[slot]);

    public bool Remove(Guid id)
    {
        if (!slots.Remove(id, out var slot))
        {
            return false;
        }

        Flags[slot] = Removed;
        for (var w = 0; w < Skills.Words; w++)
        {
            Has[w][slot] = 0;
        }

        free.Push(slot);
        return true;
    }

    /// <summary>The level (1–4) the volunteer holds in a skill, 0 when they do not hold it.</summary>
    public int LevelAt(int slot, int skill)
    {
        var (w, bit) = (skill >> 6, 1UL << (skill & 63));
        var has = Has[w][slot];
        return (has & bit) == 0 ? 0 : LevelOf(slot, w, has, bit);
    }

    /// <summary>The level of a held skill: its rank among the skills held gives its 2 bits in the packed levels.</summary>
    internal int LevelOf(int slot, int word, ulong has, ulong bit)
    {
        var rank = (int)ulong.PopCount(has & (bit - 1));
        for (var w = 0; w < word; w++)
        {
            rank += (int)ulong.PopCount(Has[w][slot]);
        }

        return 1 + (int)((Levels[slot] >> (2 * rank)) & 3);
    }

    private int EmployerNumber(Guid employer)
    {
        if (!employerNumbers.TryGetValue(employer, out var number))
        {
            number = employerNumbers.Count;
            employerNumbers[employer] = number;
        }

        return number;
    }

    private void Grow()
    {
        capacity *= 2;
        for (var w = 0; w < Skills.Words; w++)
        {
            Has[w] = Resized(Has[w]);
        }

        Levels = Resized(Levels);

        Ids = Resized(Ids);
        HoursPerMonth = Resized(HoursPerMonth);
        HoursLeft = Resized(HoursLeft);
        From = Resized(From);
        Until = Resized(Until);
        Mode = Resized(Mode);
        Place = Resized(Place);
        RadiusKm = Resized(RadiusKm);
        LanguageBits = Resized(LanguageBits);
        CauseBits = Resized(CauseBits);
        CategoryBits = Resized(CategoryBits);
        Flags = Resized(Flags);
        Pending = Resized(Pending);
        ThisWeek = Resized(ThisWeek);
        WeeklyCap = Resized(WeeklyCap);
        Employer = Resized(Employer);
    }

    private T[] Copied<T>(T[] array)
    {
        var copy = new T[capacity];
        Array.Copy(array, copy, Count);
        return copy;
    }

    private T[] Resized<T>(T[] array)
    {
        var bigger = new T[capacity];
        Array.Copy(array, bigger, array.Length);
        return bigger;
    }
}
