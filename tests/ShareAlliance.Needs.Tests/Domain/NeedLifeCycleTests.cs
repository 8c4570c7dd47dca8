using ShareAlliance.Needs.Domain;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Needs.Tests.Domain;

/// <summary>Every action from every status: allowed ones give the next status, the others are refused with a named rule.</summary>
public sealed class NeedLifeCycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Someone = Guid.NewGuid();

    private static readonly NeedContent Content = new(
        "Site web", "Refaire le site", "COMM", NeedFormat.OneOffMission, WorkMode.Remote, null, 20, new DateOnly(2027, 3, 1),
        Urgency.Normal, ["fr"], [new RequiredSkill("web.wordpress", 2)], 300m, Sensitive: false);

    public static TheoryData<NeedStatus, string, NeedStatus?, string?> Transitions() => new()
    {
        { NeedStatus.Draft, "edit", NeedStatus.Draft, null },
        { NeedStatus.Draft, "publish", NeedStatus.Published, null },
        { NeedStatus.Draft, "staff", null, "need-not-published" },
        { NeedStatus.Draft, "start", null, "need-not-staffed" },
        { NeedStatus.Draft, "complete", null, "need-not-in-progress" },
        { NeedStatus.Draft, "cancel", NeedStatus.Cancelled, null },
        { NeedStatus.Published, "edit", NeedStatus.Published, null },
        { NeedStatus.Published, "publish", null, "need-not-draft" },
        { NeedStatus.Published, "staff", NeedStatus.Staffed, null },
        { NeedStatus.Published, "start", null, "need-not-staffed" },
        { NeedStatus.Published, "complete", null, "need-not-in-progress" },
        { NeedStatus.Published, "cancel", NeedStatus.Cancelled, null },
        { NeedStatus.Staffed, "edit", null, "need-not-editable" },
        { NeedStatus.Staffed, "publish", null, "need-not-draft" },
        { NeedStatus.Staffed, "staff", null, "need-not-published" },
        { NeedStatus.Staffed, "start", NeedStatus.InProgress, null },
        { NeedStatus.Staffed, "complete", null, "need-not-in-progress" },
        { NeedStatus.Staffed, "cancel", NeedStatus.Cancelled, null },
        { NeedStatus.InProgress, "edit", null, "need-not-editable" },
        { NeedStatus.InProgress, "start", null, "need-not-staffed" },
        { NeedStatus.InProgress, "complete", NeedStatus.Completed, null },
        { NeedStatus.InProgress, "cancel", NeedStatus.Cancelled, null },
        { NeedStatus.Completed, "edit", null, "need-not-editable" },
        { NeedStatus.Completed, "cancel", null, "need-closed" },
        { NeedStatus.Completed, "complete", null, "need-not-in-progress" },
        { NeedStatus.Cancelled, "edit", null, "need-not-editable" },
        { NeedStatus.Cancelled, "publish", null, "need-not-draft" },
        { NeedStatus.Cancelled, "cancel", null, "need-closed" },
        { NeedStatus.Expired, "edit", null, "need-not-editable" },
        { NeedStatus.Expired, "staff", null, "need-not-published" },
        { NeedStatus.Expired, "cancel", null, "need-closed" },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Action_FromStatus_MovesOrIsRefused(NeedStatus from, string action, NeedStatus? to, string? refusal)
    {
        var need = NeedIn(from);

        Need Act() => action switch
        {
            "edit" => need.Apply(need.Edit(Content with { Title = "Nouveau titre" }, Someone, Now)),
            "publish" => need.Apply(need.Publish(associationVerified: true, Someone, Now)),
            "staff" => need.Apply(need.MarkStaffed(Now)),
            "start" => need.Apply(need.Start(Someone, Now)),
            "complete" => need.Apply(need.Complete(Someone, Now)),
            "cancel" => need.Apply(need.Cancel("Plus besoin", Someone, Now)),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };

        if (refusal is null)
        {
            Act().Status.ShouldBe(to!.Value);
        }
        else
        {
            Should.Throw<RuleViolationException>(Act).Code.ShouldBe(refusal);
        }
    }

    [Fact]
    public void UnverifiedAssociation_CannotPublish() =>
        Should.Throw<RuleViolationException>(() => NeedIn(NeedStatus.Draft).Publish(associationVerified: false, Someone, Now))
            .Code.ShouldBe("association-not-verified");

    [Fact]
    public void DraftWithPastDeadline_CannotBePublished() =>
        Should.Throw<RuleViolationException>(() => NeedIn(NeedStatus.Draft).Publish(associationVerified: true, Someone, new DateTimeOffset(2027, 3, 2, 0, 0, 0, TimeSpan.Zero)))
            .Code.ShouldBe("deadline-passed");

    [Fact]
    public void PublishedNeed_ExpiresAfter40DaysWithoutVolunteer()
    {
        var need = NeedIn(NeedStatus.Published);

        need.ExpireIfDue(Now.AddDays(39.9)).ShouldBeNull();
        need.Apply(need.ExpireIfDue(Now.AddDays(40))!).Status.ShouldBe(NeedStatus.Expired);
    }

    [Theory]
    [InlineData(NeedStatus.Draft)]
    [InlineData(NeedStatus.Staffed)]
    [InlineData(NeedStatus.Cancelled)]
    public void NeedNotPublished_NeverExpires(NeedStatus status) => NeedIn(status).ExpireIfDue(Now.AddDays(400)).ShouldBeNull();

    [Fact]
    public void EditWhilePublished_IsPublicNewsButADraftEditIsNot()
    {
        NeedIn(NeedStatus.Published).Edit(Content, Someone, Now).WhilePublished.ShouldBeTrue();
        NeedIn(NeedStatus.Draft).Edit(Content, Someone, Now).WhilePublished.ShouldBeFalse();
    }

    private static Need NeedIn(NeedStatus status)
    {
        var need = Need.Create(Need.Draft(Guid.NewGuid(), Guid.NewGuid(), Content, Someone, Now.AddDays(-1)));
        need = status switch
        {
            NeedStatus.Draft => need,
            NeedStatus.Published => need.Apply(need.Publish(true, Someone, Now)),
            NeedStatus.Staffed => Advance(need, NeedStatus.Published).Apply(new NeedStaffed(need.Id, Now)),
            NeedStatus.InProgress => Advance(need, NeedStatus.Staffed).Apply(new NeedStarted(need.Id, Someone, Now)),
            NeedStatus.Completed => Advance(need, NeedStatus.InProgress).Apply(new NeedCompleted(need.Id, Someone, Now)),
            NeedStatus.Cancelled => need.Apply(new NeedCancelled(need.Id, "Plus besoin", Someone, Now)),
            NeedStatus.Expired => Advance(need, NeedStatus.Published).Apply(new NeedExpired(need.Id, Now)),
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        need.Status.ShouldBe(status);
        return need;

        static Need Advance(Need n, NeedStatus to) => to switch
        {
            NeedStatus.Published => n.Apply(n.Publish(true, Someone, Now)),
            NeedStatus.Staffed => Advance(n, NeedStatus.Published).Apply(new NeedStaffed(n.Id, Now)),
            NeedStatus.InProgress => Advance(n, NeedStatus.Staffed).Apply(new NeedStarted(n.Id, Someone, Now)),
            _ => n,
        };
    }
}
