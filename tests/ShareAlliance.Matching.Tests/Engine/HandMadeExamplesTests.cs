using ShareAlliance.Matching.Engine;

namespace ShareAlliance.Matching.Tests.Engine;

public sealed class HandMadeExamplesTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);
    private static readonly Guid Acme = Guid.NewGuid();
    private static readonly Guid Globex = Guid.NewGuid();

    private static VolunteerFacts Volunteer(string name, SkillAt[] skills, int hours = 20, Guid? employer = null, string departement = "75") =>
        new(NameId(name), skills, hours, null, null, WorkMode.Hybrid, departement, 30, ["fr"], [], [], true, true, false, employer);

    private static Guid NameId(string name) => new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name))[..16]);

    private static NeedFacts Need(string name, SkillAt[] skills, int effort = 20, WorkMode mode = WorkMode.Remote) =>
        new(NameId(name), "DATA", skills, mode, mode == WorkMode.Remote ? null : "75", effort, Today.AddDays(60), Urgency.High, ["fr"], [], false);

    [Fact]
    public void ObviousBestVolunteer_ComesFirst_WithItsReasons()
    {
        var index = VolunteerIndex.ForCatalogue();
        index.Upsert(Volunteer("novice", [new("data.sql", 2)]));
        index.Upsert(Volunteer("expert", [new("data.sql", 4), new("data.dashboards", 4)], hours: 40));
        index.Upsert(Volunteer("web only", [new("web.wordpress", 4)]));
        index.Upsert(Volunteer("almost", [new("data.sql", 2), new("data.dashboards", 3)]));
        var beginner = index.Upsert(Volunteer("beginner", [new("data.sql", 1)]));
        var need = NeedQuery.Build(Need("dashboard", [new("data.sql", 3), new("data.dashboards", 3)]), index, MatchingWeights.Default, Today);

        var top = TopK.VolunteersFor(need, index, 10);

        top.Select(r => index.IdAt(r.Slot)).ShouldBe([NameId("expert"), NameId("almost"), NameId("novice")]);
        var reasons = Explainer.Explain(need, index, top[0].Slot);
        reasons.Covered.ShouldBe(2);
        reasons.Sentences().ShouldContain("covers 2 of 2 required skills");
        reasons.Sentences().ShouldContain("data.sql level 4 (asked 3)");
        var almost = Explainer.Explain(need, index, top[1].Slot);
        almost.Skills.Single(s => s.Skill == "data.sql").Match.ShouldBe(SkillMatch.OneLevelBelow);
        Explainer.Explain(need, index, 2).Excluded.ShouldBe("holds none of the required skills");
        Explainer.Explain(need, index, beginner).Excluded.ShouldBe("holds none of the required skills", "two levels below earns nothing");
    }

    [Fact]
    public void TwoSkillNeed_GetsATwoPersonTeam_FromTwoEmployers()
    {
        var index = VolunteerIndex.ForCatalogue();
        index.Upsert(Volunteer("designer at acme", [new("design.ux", 3)], employer: Acme));
        index.Upsert(Volunteer("developer at globex", [new("web.wordpress", 3)], employer: Globex));
        index.Upsert(Volunteer("developer at acme", [new("web.wordpress", 3)], employer: Acme));
        index.Upsert(Volunteer("another developer at acme", [new("web.wordpress", 3)], employer: Acme));
        var need = NeedQuery.Build(Need("new website", [new("design.ux", 3), new("web.wordpress", 3)], effort: 20), index, MatchingWeights.Default, Today);

        var result = CoordinatedRound.Plan(index, [RoundNeed.From(need)]);

        var outcome = result.Optimal.Needs.ShouldHaveSingleItem();
        outcome.FullyStaffed.ShouldBeTrue();
        outcome.TeamSize.ShouldBe(2);
        outcome.Employers.ShouldBe(2);
        result.Optimal.Assignments.Select(a => (a.VolunteerId, a.Skill, a.Hours)).OrderBy(a => a.Skill).ShouldBe(
            [(NameId("designer at acme"), "design.ux", 10), (NameId("developer at globex"), "web.wordpress", 10)]);
    }

    [Fact]
    public void ScarceExpert_GoesWhereOnlyTheyCanHelp_WhereGreedyWouldNot()
    {
        // The expert scores higher on the urgent need, but the other volunteer can cover it too; only the expert can do the second need.
        var index = VolunteerIndex.ForCatalogue();
        index.Upsert(Volunteer("expert", [new("data.sql", 4), new("security.gdpr", 4)], hours: 10));
        index.Upsert(Volunteer("sql only", [new("data.sql", 4)], hours: 10));
        var sql = NeedQuery.Build(Need("sql", [new("data.sql", 3)], effort: 10), index, MatchingWeights.Default, Today);
        var gdpr = NeedQuery.Build(Need("gdpr", [new("security.gdpr", 3)], effort: 10) with { Urgency = Urgency.Normal }, index, MatchingWeights.Default, Today);

        var result = CoordinatedRound.Plan(index, [RoundNeed.From(sql), RoundNeed.From(gdpr)]);

        result.Optimal.NeedsFullyStaffed.ShouldBe(2);
        result.Optimal.Value.ShouldBe(3 + 2, 0.001);
        result.Greedy.Value.ShouldBe(3, 0.001);
        result.Gain.ShouldBe(2, 0.001);
    }
}
