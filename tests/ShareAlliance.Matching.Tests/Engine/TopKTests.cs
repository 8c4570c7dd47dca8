using CsCheck;
using ShareAlliance.Matching.Engine;

namespace ShareAlliance.Matching.Tests.Engine;

public sealed class TopKTests
{
    [Fact]
    public void PrunedTopK_ForANeed_EqualsTheFullScan() =>
        Gen.Select(RandomAlliance.Gen(), Gen.Int[1, 12], Gen.Int[1, 64]).Sample((alliance, k, rangeSize) =>
        {
            for (var slot = 0; slot < alliance.Needs.Count; slot++)
            {
                var need = alliance.Needs.At(slot)!;
                var full = TopK.VolunteersForFullScan(need, alliance.Volunteers, k);
                TopK.VolunteersFor(need, alliance.Volunteers, k, rangeSize).ShouldBe(full);
                full.ShouldAllBe(r => r.Score == Scorer.Score(need, alliance.Volunteers, r.Slot));
            }
        }, iter: 200);

    [Fact]
    public void PrunedTopK_ForAVolunteer_EqualsTheFullScan() =>
        Gen.Select(RandomAlliance.Gen(maxVolunteers: 60, maxNeeds: 200), Gen.Int[1, 12], Gen.Int[1, 32]).Sample((alliance, k, rangeSize) =>
        {
            for (var slot = 0; slot < alliance.Volunteers.Count; slot++)
            {
                TopK.NeedsFor(slot, alliance.Needs, k, rangeSize).ShouldBe(TopK.NeedsForFullScan(slot, alliance.Needs, k));
            }
        }, iter: 100);

    [Fact]
    public void TopK_NeverProposesAnExcludedVolunteer() =>
        RandomAlliance.Gen().Sample(alliance =>
        {
            var v = alliance.Volunteers;
            for (var slot = 0; slot < alliance.Needs.Count; slot++)
            {
                var need = alliance.Needs.At(slot)!;
                foreach (var ranked in TopK.VolunteersFor(need, v, 50, 16))
                {
                    var load = v.LoadAt(ranked.Slot);
                    load.HoursLeft.ShouldBePositive();
                    load.PendingProposals.ShouldBeLessThan(3);
                    load.ProposalsThisWeek.ShouldBeLessThan(load.WeeklyCap);
                    var explanation = Explainer.Explain(need, v, ranked.Slot);
                    explanation.Excluded.ShouldBeNull();
                    if (need.Facts.RequiredSkills.Count > 0)
                    {
                        explanation.Skills.ShouldContain(s => s.Match != SkillMatch.Missing);
                    }
                }
            }
        }, iter: 100);
}
