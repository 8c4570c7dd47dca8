using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Needs.Tests.Features.MarkNeedStaffed;

/// <summary>Matching says a need is staffed; the association sees it on the need, once, and only where that makes sense.</summary>
public sealed class NeedStaffedConsumerTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    [Fact]
    public async Task NeedStaffed_ReportedTwice_MakesThePublishedNeedStaffedOnce()
    {
        var member = await new Alliance(factory).AssociationAsync();
        var need = await Alliance.PublishedAsync(member);

        await DeliverAsync(new Contract.NeedStaffed(need.Id, [Guid.NewGuid()], DateTimeOffset.UtcNow));

        // Matching may decide twice (a restart re-reading its confirmations): the second report changes nothing.
        await DeliverAsync(new Contract.NeedStaffed(need.Id, [Guid.NewGuid()], DateTimeOffset.UtcNow));

        var staffed = await Read(member, need.Id);
        staffed.Status.ShouldBe(NeedStatus.Staffed);
        staffed.Version.ShouldBe(need.Version + 1, "the second report appends nothing");
        (await member.Client.PostAsync($"/needs/{need.Id}/start", null, TestContext.Current.CancellationToken))
            .IsSuccessStatusCode.ShouldBeTrue("work can start on a staffed need");
    }

    [Fact]
    public async Task NeedStaffed_ForACancelledNeed_ChangesNothing()
    {
        var member = await new Alliance(factory).AssociationAsync();
        var need = await Alliance.PublishedAsync(member);
        (await member.Client.PostAsJsonAsync($"/needs/{need.Id}/cancel", new { reason = "Done by a partner" }, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();

        await DeliverAsync(new Contract.NeedStaffed(need.Id, [Guid.NewGuid()], DateTimeOffset.UtcNow));

        var after = await Read(member, need.Id);
        after.Status.ShouldBe(NeedStatus.Cancelled);
        after.Version.ShouldBe(need.Version + 1);
    }

    private async Task DeliverAsync(Contract.NeedStaffed message)
    {
        var messageId = Guid.NewGuid();
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);
        await factory.Deliveries.WaitAsync(messageId, 1);
    }

    private static async Task<NeedDetails> Read(Alliance.Member member, Guid id) =>
        await Alliance.Read<NeedDetails>(await member.Client.GetAsync($"/needs/{id}", TestContext.Current.CancellationToken));
}
