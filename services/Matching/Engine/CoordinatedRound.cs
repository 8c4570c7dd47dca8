using Google.OrTools.Graph;

namespace ShareAlliance.Matching.Engine;

/// <summary>
/// A coordinated round for the whole alliance. The graph: source → volunteer (hours left, capped per round) → (need,
/// required skill) slot (the slot's hours) → sink, with a source → sink bypass so that leaving hours unused costs
/// nothing. A volunteer gets arcs only as one of the top N scored candidates for a slot (held at the minimum level, or
/// one below at the partial credit), and only to as many needs as their fairness caps still allow (best first): so every
/// flow respects every cap. Arc cost = −(value per hour) × B + employer tie-break, B above any total tie-break, so the
/// solve maximises value exactly and, among equal values, prefers teams spread across employers. Value per hour of an
/// arc = need priority × credit ÷ need's required hours, so a need's value is priority × coverage. The greedy baseline
/// fills the same arcs best value first.
/// </summary>
public static class CoordinatedRound
{
    private readonly record struct Slot(int Need, int Skill, int Hours);

    private readonly record struct Arc(int Volunteer, int Slot, long Value, int TieBreak, bool Partial, float Key);

    public static RoundResult Plan(VolunteerIndex volunteers, IReadOnlyList<RoundNeed> needs, RoundOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(volunteers);
        ArgumentNullException.ThrowIfNull(needs);
        options ??= new RoundOptions();

        var slots = new List<Slot>();
        var firstSlot = new int[needs.Count + 1];
        for (var n = 0; n < needs.Count; n++)
        {
            firstSlot[n] = slots.Count;
            for (var s = 0; s < needs[n].Need.SkillNumbers.Length; s++)
            {
                slots.Add(new Slot(n, s, Math.Max(0, needs[n].HoursPerSkill[s])));
            }
        }

        firstSlot[needs.Count] = slots.Count;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var arcs = Candidates(volunteers, needs, slots, firstSlot, options);
        var candidates = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var capacity = new Dictionary<int, long>();
        foreach (var arc in arcs)
        {
            capacity.TryAdd(arc.Volunteer, Math.Min(volunteers.HoursLeft[arc.Volunteer], options.MaxHoursPerVolunteer));
        }

        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var optimal = Solve(arcs, slots, capacity, options.SpreadAcrossEmployers);
        var solve = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        started = System.Diagnostics.Stopwatch.GetTimestamp();
        var greedy = Greedy(arcs, slots, capacity);
        var greedyTime = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return new RoundResult(
            Describe(volunteers, needs, slots, arcs, optimal, options),
            Describe(volunteers, needs, slots, arcs, greedy, options),
            capacity.Count,
            needs.Count,
            arcs.Count,
            new RoundTimings(candidates, solve, greedyTime));
    }

    private static List<Arc> Candidates(VolunteerIndex v, IReadOnlyList<RoundNeed> needs, List<Slot> slots, int[] firstSlot, RoundOptions options)
    {
        var postings = Postings(v, needs);
        var perNeed = new List<Arc>[needs.Count];
        Parallel.For(0, needs.Count, n =>
        {
            var round = needs[n];
            var q = round.Need;
            var requiredHours = round.HoursPerSkill.Sum();
            var list = new List<Arc>();
            for (var s = 0; s < q.SkillNumbers.Length; s++)
            {
                var slot = firstSlot[n] + s;
                if (slots[slot].Hours == 0 || !postings.TryGetValue(q.SkillNumbers[s], out var holders))
                {
                    continue;
                }

                var heap = new TopHeap(options.CandidatesPerSkill);
                // Ranked by credit for this skill, then score; bounded as the top-k search bounds (holders come in slot order).
                foreach (var (volunteer, level) in holders)
                {
                    var credit = level >= q.MinimumLevels[s] ? 1f : level == q.MinimumLevels[s] - 1 ? q.PartialCredit : 0f;
                    if (credit == 0 || (credit * 100) + (q.SkillPoints + q.RestMax) <= heap.Threshold || !Scorer.Passes(q, v, volunteer))
                    {
                        continue;
                    }

                    var skills = Scorer.SkillPoints(q, v, volunteer);
                    if (skills < 0 || (credit * 100) + (skills + q.RestMax) <= heap.Threshold)
                    {
                        continue;
                    }

                    var place = Scorer.PlaceFit(q, v, volunteer);
                    if (place >= 0)
                    {
                        heap.Offer(new Ranked(volunteer, (credit * 100) + (skills + Scorer.RestAfterSkills(q, v, volunteer, place))));
                    }
                }

                foreach (var candidate in heap.Items)
                {
                    var partial = v.LevelAt(candidate.Slot, q.SkillNumbers[s]) < q.MinimumLevels[s];
                    var value = (long)Math.Round((double)round.Priority * (partial ? q.PartialCredit : 1) * options.ValueScale / requiredHours);
                    list.Add(new Arc(candidate.Slot, slot, value, 0, partial, candidate.Score));
                }
            }

            // Tie-break: a candidate whose employer already appears before them among this need's candidates costs one unit more.
            list.Sort((a, b) => b.Key.CompareTo(a.Key) != 0 ? b.Key.CompareTo(a.Key) : a.Volunteer.CompareTo(b.Volunteer));
            var firstOfEmployer = new Dictionary<int, int>();
            for (var i = 0; i < list.Count; i++)
            {
                var employer = v.EmployerAt(list[i].Volunteer);
                if (employer >= 0 && !firstOfEmployer.TryAdd(employer, list[i].Volunteer) && firstOfEmployer[employer] != list[i].Volunteer)
                {
                    list[i] = list[i] with { TieBreak = 1 };
                }
            }

            perNeed[n] = list;
        });

        // Fairness caps: a volunteer keeps arcs to as many needs as their pending and weekly caps still allow, best first.
        var byVolunteer = new Dictionary<int, Dictionary<int, float>>();
        foreach (var arc in perNeed.SelectMany(a => a))
        {
            var need = slots[arc.Slot].Need;
            var best = byVolunteer.TryGetValue(arc.Volunteer, out var map) ? map : byVolunteer[arc.Volunteer] = [];
            best[need] = Math.Max(best.GetValueOrDefault(need, float.MinValue), arc.Key);
        }

        var allowed = new HashSet<(int Volunteer, int Need)>();
        foreach (var (volunteer, best) in byVolunteer)
        {
            var maxPending = needs.Count == 0 ? 0 : needs[0].Need.MaxPending;
            var cap = Math.Min(maxPending - v.Pending[volunteer], v.WeeklyCap[volunteer] - v.ThisWeek[volunteer]);
            foreach (var need in best.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(Math.Max(0, cap)).Select(p => p.Key))
            {
                allowed.Add((volunteer, need));
            }
        }

        return [.. perNeed.SelectMany(a => a).Where(a => allowed.Contains((a.Volunteer, slots[a.Slot].Need)))];
    }

    // Skill number → (slot, level) of the volunteers holding it, for the skills some need of the round requires, leaving
    // out whoever no need could be proposed to (paused, no hours left, at a fairness cap).
    private static Dictionary<int, List<(int Slot, int Level)>> Postings(VolunteerIndex v, IReadOnlyList<RoundNeed> needs)
    {
        var wanted = new ulong[v.Skills.Words];
        foreach (var number in needs.SelectMany(n => n.Need.SkillNumbers))
        {
            wanted[number >> 6] |= 1UL << (number & 63);
        }

        var maxPending = needs.Count == 0 ? 0 : needs[0].Need.MaxPending;
        var postings = new Dictionary<int, List<(int, int)>>();
        for (var slot = 0; slot < v.Count; slot++)
        {
            if ((v.Flags[slot] & (VolunteerIndex.Paused | VolunteerIndex.Removed)) != 0 || v.HoursLeft[slot] == 0
                || v.Pending[slot] >= maxPending || v.ThisWeek[slot] >= v.WeeklyCap[slot])
            {
                continue;
            }

            var rank = 0;
            for (var w = 0; w < wanted.Length; w++)
            {
                var has = v.Has[w][slot];
                var bits = has & wanted[w];
                while (bits != 0)
                {
                    var bit = bits & (~bits + 1);
                    var level = 1 + (int)((v.Levels[slot] >> (2 * (rank + (int)ulong.PopCount(has & (bit - 1))))) & 3);
                    var number = (w << 6) + System.Numerics.BitOperations.TrailingZeroCount(bit);
                    (postings.TryGetValue(number, out var list) ? list : postings[number] = []).Add((slot, level));
                    bits &= bits - 1;
                }

                rank += (int)ulong.PopCount(has);
            }
        }

        return postings;
    }

    private static long[] Solve(List<Arc> arcs, List<Slot> slots, Dictionary<int, long> capacity, bool spreadAcrossEmployers)
    {
        var flows = new long[arcs.Count];
        if (arcs.Count == 0)
        {
            return flows;
        }

        var volunteerNode = new Dictionary<int, int>();
        foreach (var volunteer in capacity.Keys)
        {
            volunteerNode[volunteer] = 2 + volunteerNode.Count;
        }

        var firstSlotNode = 2 + volunteerNode.Count;
        var supply = capacity.Values.Sum();
        var maxValue = arcs.Max(a => a.Value);
        var nodes = firstSlotNode + slots.Count;
        // B above any total tie-break: the flow on tie-break arcs is at most the hours of the slots they reach. The larger
        // the costs, the more scaling phases the solver runs: without ties, or when costs could overflow, B is dropped.
        var tieBreakHours = arcs.Where(a => a.TieBreak > 0).Select(a => a.Slot).Distinct().Sum(s => (long)slots[s].Hours);
        var b = spreadAcrossEmployers && tieBreakHours > 0 ? tieBreakHours + 1 : 0;
        if ((double)maxValue * b * (nodes + 1) > 4e18)
        {
            b = 0;
        }

        var flow = new MinCostFlow();
        flow.SetNodeSupply(0, supply);
        flow.SetNodeSupply(1, -supply);
        flow.AddArcWithCapacityAndUnitCost(0, 1, supply, 0);
        foreach (var (volunteer, node) in volunteerNode)
        {
            flow.AddArcWithCapacityAndUnitCost(0, node, capacity[volunteer], 0);
        }

        for (var s = 0; s < slots.Count; s++)
        {
            flow.AddArcWithCapacityAndUnitCost(firstSlotNode + s, 1, slots[s].Hours, 0);
        }

        var arcIds = new int[arcs.Count];
        for (var i = 0; i < arcs.Count; i++)
        {
            var arc = arcs[i];
            var cost = b == 0 ? -arc.Value : (-arc.Value * b) + arc.TieBreak;
            arcIds[i] = flow.AddArcWithCapacityAndUnitCost(volunteerNode[arc.Volunteer], firstSlotNode + arc.Slot, slots[arc.Slot].Hours, cost);
        }

        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"Min-cost flow ended with {status}.");
        }

        for (var i = 0; i < arcs.Count; i++)
        {
            flows[i] = flow.Flow(arcIds[i]);
        }

        return flows;
    }

    private static long[] Greedy(List<Arc> arcs, List<Slot> slots, Dictionary<int, long> capacity)
    {
        var flows = new long[arcs.Count];
        var left = new Dictionary<int, long>(capacity);
        var slotLeft = slots.Select(s => (long)s.Hours).ToArray();
        var order = Enumerable.Range(0, arcs.Count)
            .OrderByDescending(i => arcs[i].Value).ThenBy(i => arcs[i].TieBreak).ThenByDescending(i => arcs[i].Key).ThenBy(i => i);
        foreach (var i in order)
        {
            var arc = arcs[i];
            var hours = Math.Min(left[arc.Volunteer], slotLeft[arc.Slot]);
            if (hours > 0)
            {
                flows[i] = hours;
                left[arc.Volunteer] -= hours;
                slotLeft[arc.Slot] -= hours;
            }
        }

        return flows;
    }

    private static RoundPlan Describe(VolunteerIndex v, IReadOnlyList<RoundNeed> needs, List<Slot> slots, List<Arc> arcs, long[] flows, RoundOptions options)
    {
        var assignments = new List<RoundAssignment>();
        var perNeed = new (long Hours, double Credit, HashSet<int> Team, HashSet<int> Employers)[needs.Count];
        long value = 0;
        for (var i = 0; i < arcs.Count; i++)
        {
            if (flows[i] == 0)
            {
                continue;
            }

            var arc = arcs[i];
            var slot = slots[arc.Slot];
            var q = needs[slot.Need].Need;
            value += flows[i] * arc.Value;
            assignments.Add(new RoundAssignment(v.IdAt(arc.Volunteer), q.Id, v.Skills.Slug(q.SkillNumbers[slot.Skill]), (int)flows[i], arc.Partial));
            ref var outcome = ref perNeed[slot.Need];
            outcome.Team ??= [];
            outcome.Employers ??= [];
            outcome.Hours += flows[i];
            outcome.Credit += flows[i] * (arc.Partial ? q.PartialCredit : 1);
            outcome.Team.Add(arc.Volunteer);
            if (v.EmployerAt(arc.Volunteer) >= 0)
            {
                outcome.Employers.Add(v.EmployerAt(arc.Volunteer));
            }
        }

        var outcomes = new List<RoundNeedOutcome>(needs.Count);
        for (var n = 0; n < needs.Count; n++)
        {
            var required = needs[n].HoursPerSkill.Sum();
            var (hours, credit, team, employers) = perNeed[n];
            var coverage = required == 0 ? 0 : credit / required;
            outcomes.Add(new RoundNeedOutcome(needs[n].Need.Id, required, (int)hours, coverage, required > 0 && coverage >= 1 - 1e-9, team?.Count ?? 0, employers?.Count ?? 0));
        }

        return new RoundPlan(assignments, outcomes, assignments.Sum(a => (long)a.Hours), outcomes.Count(o => o.FullyStaffed), (double)value / options.ValueScale);
    }
}
