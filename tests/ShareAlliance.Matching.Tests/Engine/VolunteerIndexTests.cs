using CsCheck;
using ShareAlliance.Matching.Engine;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Matching.Tests.Engine;

public sealed class VolunteerIndexTests
{
    private static readonly int[] SpreadOverWords = [3, 64, 70, 128, 299];

    private static VolunteerFacts Volunteer(IEnumerable<SkillAt> skills) =>
        new(Guid.NewGuid(), [.. skills], 10, null, null, WorkMode.Remote, null, null, ["fr"], [], [], false, false, false);

    [Fact]
    public void Levels_ReadBackAcrossSkillWords_AndAfterAnUpdate()
    {
        var index = VolunteerIndex.ForCatalogue();
        var skills = SpreadOverWords.Select((n, i) => new SkillAt(Skills.All[n].Slug, 1 + (i % 4))).ToList();
        var slot = index.Upsert(Volunteer(skills));

        foreach (var skill in skills)
        {
            index.Skills.TryFind(skill.Skill, out var number).ShouldBeTrue();
            index.LevelAt(slot, number).ShouldBe(skill.Level);
        }

        index.LevelAt(slot, 5).ShouldBe(0);
        var facts = Volunteer([new SkillAt(Skills.All[70].Slug, 4)]) with { Id = index.IdAt(slot) };
        index.Upsert(facts).ShouldBe(slot);
        index.LevelAt(slot, 70).ShouldBe(4);
        index.LevelAt(slot, 64).ShouldBe(0);
    }

    [Fact]
    public void VolunteerWithMoreThan32Skills_KeepsTheHighestLevels()
    {
        var index = VolunteerIndex.ForCatalogue();
        var skills = Enumerable.Range(0, 40).Select(n => new SkillAt(Skills.All[n * 7].Slug, n < 8 ? 1 : 3)).ToList();

        var slot = index.Upsert(Volunteer(skills));

        Enumerable.Range(8, 32).ShouldAllBe(n => index.LevelAt(slot, n * 7) == 3);
        Enumerable.Range(0, 8).ShouldAllBe(n => index.LevelAt(slot, n * 7) == 0);
    }

    [Fact]
    public void Snapshot_RanksAndPlansLikeTheIndex_AndLaterUpdatesNeverReachIt() =>
        RandomAlliance.Gen().Sample(alliance =>
        {
            var index = alliance.Volunteers;
            var needs = Enumerable.Range(0, alliance.Needs.Count).Select(alliance.Needs.At).OfType<NeedQuery>().ToList();
            var ranked = needs.Select(n => TopK.VolunteersForFullScan(n, index, 10)).ToList();
            var plan = CoordinatedRound.Plan(index, [.. needs.Select(RoundNeed.From)]).Optimal;

            var snapshot = index.Snapshot();
            for (var slot = 0; slot < index.Count; slot++)
            {
                index.Remove(index.IdAt(slot));
            }

            index.Upsert(Volunteer([new SkillAt(Skills.All[0].Slug, 4)]));

            for (var n = 0; n < needs.Count; n++)
            {
                TopK.VolunteersFor(needs[n], snapshot, 10).ShouldBe(ranked[n]);
            }

            var planned = CoordinatedRound.Plan(snapshot, [.. needs.Select(RoundNeed.From)]).Optimal;
            planned.Value.ShouldBe(plan.Value);
            planned.Assignments.ShouldBe(plan.Assignments);
        }, iter: 50);
}
