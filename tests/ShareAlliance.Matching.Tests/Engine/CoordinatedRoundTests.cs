using CsCheck;
using ShareAlliance.Matching.Engine;

namespace ShareAlliance.Matching.Tests.Engine;

public sealed class CoordinatedRoundTests
{
    private static (RoundResult Result, List<RoundNeed> Needs) Run(RandomAlliance alliance, int candidates)
    {
        var needs = Enumerable.Range(0, alliance.Needs.Count).Select(s => RoundNeed.From(alliance.Needs.At(s)!)).ToList();
        return (CoordinatedRound.Plan(alliance.Volunteers, needs, new RoundOptions { CandidatesPerSkill = candidates, MaxHoursPerVolunteer = 35 }), needs);
    }

    [Fact]
    public void EveryPlan_RespectsEveryCapacityAndCap() =>
        Gen.Select(RandomAlliance.Gen(maxVolunteers: 120, maxNeeds: 40), Gen.Int[1, 6]).Sample((alliance, candidates) =>
        {
            var (result, needs) = Run(alliance, candidates);
            var v = alliance.Volunteers;
            foreach (var plan in new[] { result.Optimal, result.Greedy })
            {
                foreach (var byVolunteer in plan.Assignments.GroupBy(a => a.VolunteerId))
                {
                    v.TryGetSlot(byVolunteer.Key, out var slot).ShouldBeTrue();
                    var load = v.LoadAt(slot);
                    byVolunteer.Sum(a => a.Hours).ShouldBeLessThanOrEqualTo(Math.Min(load.HoursLeft, 35));
                    var needsGiven = byVolunteer.Select(a => a.NeedId).Distinct().Count();
                    needsGiven.ShouldBeLessThanOrEqualTo(3 - load.PendingProposals);
                    needsGiven.ShouldBeLessThanOrEqualTo(load.WeeklyCap - load.ProposalsThisWeek);
                }

                foreach (var need in needs)
                {
                    var given = plan.Assignments.Where(a => a.NeedId == need.Need.Id).ToList();
                    for (var s = 0; s < need.Need.Facts.RequiredSkills.Count; s++)
                    {
                        var skill = need.Need.Facts.RequiredSkills[s].Skill;
                        given.Where(a => a.Skill == skill).Sum(a => a.Hours).ShouldBeLessThanOrEqualTo(need.HoursPerSkill[s]);
                    }

                    foreach (var assignment in given)
                    {
                        v.TryGetSlot(assignment.VolunteerId, out var slot).ShouldBeTrue();
                        Scorer.Score(need.Need, v, slot).ShouldBeGreaterThanOrEqualTo(0, "only volunteers the hard filters let through");
                    }
                }

                plan.Needs.ShouldAllBe(n => n.Coverage <= 1.000001 && n.AssignedHours <= n.RequiredHours);
            }
        }, iter: 100);

    [Fact]
    public void MinCostFlowValue_IsNeverBelowGreedy() =>
        Gen.Select(RandomAlliance.Gen(maxVolunteers: 150, maxNeeds: 60), Gen.Int[1, 6]).Sample((alliance, candidates) =>
        {
            var (result, _) = Run(alliance, candidates);
            result.Optimal.Value.ShouldBeGreaterThanOrEqualTo(result.Greedy.Value - 1e-9);
            result.GreedyShare.ShouldBeLessThanOrEqualTo(1 + 1e-9);
        }, iter: 100);
}
