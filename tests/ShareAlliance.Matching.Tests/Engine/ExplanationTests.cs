using CsCheck;
using ShareAlliance.Matching.Engine;

namespace ShareAlliance.Matching.Tests.Engine;

public sealed class ExplanationTests
{
    [Fact]
    public void Reasons_AgreeWithTheScore() =>
        RandomAlliance.Gen(maxVolunteers: 80, maxNeeds: 20).Sample(alliance =>
        {
            var v = alliance.Volunteers;
            for (var n = 0; n < alliance.Needs.Count; n++)
            {
                var need = alliance.Needs.At(n)!;
                for (var slot = 0; slot < v.Count; slot++)
                {
                    var explanation = Explainer.Explain(need, v, slot);
                    var score = Scorer.Score(need, v, slot);
                    explanation.Score.ShouldBe(score);
                    (explanation.Excluded is null).ShouldBe(score >= 0);
                    if (score < 0)
                    {
                        continue;
                    }

                    explanation.Terms.Sum(t => t.Points).ShouldBe(score, 0.01f);
                    explanation.Terms.Sum(t => t.MaxPoints).ShouldBe(100f, 0.01f);
                    var skills = explanation.Terms.Single(t => t.Name == "skills");
                    var covered = explanation.Skills.Count(s => s.Match == SkillMatch.Covered);
                    var below = explanation.Skills.Count(s => s.Match == SkillMatch.OneLevelBelow);
                    if (explanation.Skills.Count > 0)
                    {
                        skills.Fit.ShouldBe((covered + (0.5f * below)) / explanation.Skills.Count, 0.0001f);
                    }

                    explanation.Terms.Single(t => t.Name == "hours").Fit.ShouldBe(
                        Math.Min(1f, explanation.HoursLeftPerMonth / explanation.EffortHoursPerMonth), 0.001f);
                    explanation.Terms.Single(t => t.Name == "language").Fit.ShouldBe(
                        need.Facts.Languages.Count == 0 ? 1f : (float)explanation.SharedLanguages.Count / need.Facts.Languages.Distinct().Count(), 0.0001f);
                }
            }
        }, iter: 60);
}
