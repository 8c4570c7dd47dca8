using System.Net;
using MassTransit;
using ShareAlliance.Needs.Features.NeedsTimeline;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Needs.Tests.Features.NeedsTimeline;

/// <summary>The dashboard's skills coverage over time: today's running totals move with what happens to needs.</summary>
public sealed class NeedsTimelineTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishStaffAndComplete_TodaysTotalsMoveByOneEach_AndAnyoneMayReadThem()
    {
        var before = await TodayAsync();
        var member = await new Alliance(factory).AssociationAsync();
        var need = await Alliance.PublishedAsync(member);
        await Alliance.DraftAsync(member); // a draft is no figure

        var published = await TodayAsync();
        (published.Published, published.Staffed, published.Completed).ShouldBe((before.Published + 1, before.Staffed, before.Completed));

        var messageId = Guid.NewGuid();
        await factory.Harness.Bus.Publish(new Contract.NeedStaffed(need.Id, [Guid.NewGuid()], DateTimeOffset.UtcNow), ctx => ctx.MessageId = messageId, Ct);
        await factory.Deliveries.WaitAsync(messageId, 1);
        (await member.Client.PostAsync($"/needs/{need.Id}/start", null, Ct)).EnsureSuccessStatusCode();
        (await member.Client.PostAsync($"/needs/{need.Id}/complete", null, Ct)).EnsureSuccessStatusCode();

        var after = await TodayAsync();
        (after.Published, after.Staffed, after.Completed).ShouldBe((before.Published + 1, before.Staffed + 1, before.Completed + 1));
    }

    private async Task<NeedsDay> TodayAsync()
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync("/needs/timeline", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var days = await Alliance.Read<List<NeedsDay>>(response);
        days.Select(d => d.Day).ShouldBeInOrder();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        return days.LastOrDefault() is { } last && last.Day == today ? last : new NeedsDay(today, days.LastOrDefault()?.Published ?? 0, days.LastOrDefault()?.Staffed ?? 0, days.LastOrDefault()?.Completed ?? 0);
    }
}
