namespace ShareAlliance.Matching.Engine;

/// <summary>
/// Every volunteer the engine may propose, as a structure of arrays: one array per field, a volunteer is a slot number.
/// Skills are three bit planes per 64-skill word, stored word by word (<c>Has[w][slot]</c>) so that scoring a need reads
/// only the words its required skills fall in: a level is (lo, hi) = (0,0) notions, (1,0) autonomous, (0,1) advanced,
/// (1,1) expert. One writer at a time (the service serialises updates); readers see whole slots only after the writer's
/// lock is released.
/// </summary>
public sealed class VolunteerIndex
{
    internal const byte Paused = 1;
    internal const byte Verified = 2;
    internal const byte AcceptsSensitive = 4;
    internal const byte Removed = 8;

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
        Lo = new ulong[skills.Words][];
        Hi = new ulong[skills.Words][];
        for (var w = 0; w < skills.Words; w++)
        {
            Has[w] = new ulong[capacity];
            Lo[w] = new ulong[capacity];
            Hi[w] = new ulong[capacity];
        }

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

    public SkillIndex Skills { get; }

    public CodeBits Languages { get; }

    public CodeBits Causes { get; }

    public CodeBits Categories { get; }

    public PlaceTable Places { get; }

    /// <summary>Slots in use or freed: scans run over 0 … Count - 1 and skip removed slots.</summary>
    public int Count { get; private set; }

    public int Active => slots.Count;

    internal ulong[][] Has { get; private set; }

    internal ulong[][] Lo { get; private set; }

    internal ulong[][] Hi { get; private set; }

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
            Has[w][slot] = Lo[w][slot] = Hi[w][slot] = 0;
        }

        foreach (var skill in facts.Skills)
        {
            var number = Skills.Intern(skill.Skill);
            if (number < 0 || skill.Level < 1)
            {
                continue;
            }

            var (w, bit) = (number >> 6, 1UL << (number & 63));
            var level = Math.Min(skill.Level, 4) - 1;
            Has[w][slot] |= bit;
            Lo[w][slot] = (level & 1) != 0 ? Lo[w][slot] | bit : Lo[w][slot] & ~bit;
            Hi[w][slot] = (level & 2) != 0 ? Hi[w][slot] | bit : Hi[w][slot] & ~bit;
        }

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
            Has[w][slot] = Lo[w][slot] = Hi[w][slot] = 0;
        }

        free.Push(slot);
        return true;
    }

    /// <summary>The level (1–4) the volunteer holds in a skill, 0 when they do not hold it.</summary>
    public int LevelAt(int slot, int skill)
    {
        var (w, bit) = (skill >> 6, 1UL << (skill & 63));
        return (Has[w][slot] & bit) == 0 ? 0 : 1 + ((Lo[w][slot] & bit) != 0 ? 1 : 0) + ((Hi[w][slot] & bit) != 0 ? 2 : 0);
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
            Lo[w] = Resized(Lo[w]);
            Hi[w] = Resized(Hi[w]);
        }

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

    private T[] Resized<T>(T[] array)
    {
        var bigger = new T[capacity];
        Array.Copy(array, bigger, array.Length);
        return bigger;
    }
}
