using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Matching.Features.MatchFigures;

namespace ShareAlliance.Matching.Tests.Features.MatchFigures;

/// <summary>The alliance's public volunteer hours: a confirmation moves them by the hours agreed; an acceptance alone does not.</summary>
public sealed class MatchFiguresTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private readonly MatchingScenario scenario = new(factory);

    private static CancellationToken Ct => MatchingScenario.Ct;

    [Fact]
    public async Task ConfirmedMatch_AddsItsHoursToTheTotalTheCategoryAndToday_AndStaffsTheNeed()
    {
        var volunteer = await scenario.VolunteerAsync(20, ("data.mysql", 4));
        var association = Guid.NewGuid();
        var need = await scenario.PublishAsync(association, 10, 90, ("data.mysql", 3));
        var proposal = await scenario.OnlyProposalAsync(volunteer, need.NeedId);
        var before = await FiguresAsync();

        (await scenario.AsVolunteer(volunteer).PostAsync($"/proposals/{proposal.Id}/accept", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await FiguresAsync()).Total.ShouldBe(before.Total, "an accepted proposal is not yet a commitment");
        (await scenario.AsAssociation(association).PostAsJsonAsync($"/proposals/{proposal.Id}/confirm", new { hoursPerMonth = 7 }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await FiguresAsync();
        after.Total.ShouldBe(new MatchShare(null, before.Total.Matches + 1, before.Total.HoursPerMonth + 7));
        after.Volunteers.ShouldBe(before.Volunteers + 1);
        after.NeedsStaffed.ShouldBe(before.NeedsStaffed + 1);
        Hours(after, "DATA").ShouldBe(Hours(before, "DATA") + 7);
        (after.Days[^1].Matches, after.Days[^1].HoursPerMonth).ShouldBe((before.Total.Matches + 1, before.Total.HoursPerMonth + 7));
    }

    private async Task<MatchFiguresDetails> FiguresAsync()
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync("/matches/figures", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<MatchFiguresDetails>(Ct))!;
    }

    private static long Hours(MatchFiguresDetails figures, string category) =>
        figures.ByCategory.FirstOrDefault(s => s.Category == category)?.HoursPerMonth ?? 0;
}
