using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.Engine;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Matching.Tests.Domain;

public sealed class ProposalTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static Proposal Made(int hours, DateTimeOffset? at = null)
    {
        var when = at ?? Now;
        return Proposal.Create(new ProposalMade(
            Guid.NewGuid(), Guid.NewGuid(), 2, Guid.NewGuid(), Guid.NewGuid(), 80, ["covers 1 of 1 required skills"], ["data.sql"], hours, when, when + Proposal.ExpiresAfter, null));
    }

    private static Commitments Of(int hoursPerMonth, params Proposal[] proposals) => Commitments.Of(hoursPerMonth, proposals, Now, MatchingWeights.Default);

    [Fact]
    public void AcceptedAndConfirmedHours_AreHeld_DeclinedAndExpiredOnesAreNot()
    {
        var accepted = Made(4).Next(new ProposalAccepted(Guid.Empty, Guid.Empty, Guid.Empty, Now));
        var confirmed = Made(4).Next(new ProposalAccepted(Guid.Empty, Guid.Empty, Guid.Empty, Now)).Next(new ProposalConfirmed(Guid.Empty, Guid.Empty, Guid.Empty, 6, Now));
        var declined = accepted.Next(new ProposalDeclined(Guid.Empty, Guid.Empty, Guid.Empty, DeclinedBy.Volunteer, "no-time", Now));
        var expired = Made(4).Next(new ProposalExpired(Guid.Empty, Guid.Empty, Guid.Empty, Now));

        Of(20, accepted, confirmed, declined, expired).HeldHours.ShouldBe(10);
    }

    [Fact]
    public void AcceptingBeyondAvailability_IsRefused()
    {
        var held = Made(8).Next(new ProposalAccepted(Guid.Empty, Guid.Empty, Guid.Empty, Now));

        var refusal = Should.Throw<RuleViolationException>(() => Made(3).Accept(Of(10, held), needOpen: true, Now));

        refusal.Code.ShouldBe("availability-exceeded");
        Made(2).Accept(Of(10, held), needOpen: true, Now).ShouldNotBeNull();
    }

    [Fact]
    public void Confirming_ReplacesTheHoursTheAcceptanceHeld()
    {
        var accepted = Made(8).Next(new ProposalAccepted(Guid.Empty, Guid.Empty, Guid.Empty, Now));

        accepted.Confirm(10, Of(10, accepted), needOpen: true, Now).HoursPerMonth.ShouldBe(10);
        Should.Throw<RuleViolationException>(() => accepted.Confirm(11, Of(10, accepted), needOpen: true, Now)).Code.ShouldBe("availability-exceeded");
        Should.Throw<RuleViolationException>(() => Made(2).Confirm(null, Of(10), needOpen: true, Now)).Code.ShouldBe("proposal-not-accepted");
    }

    [Fact]
    public void FairnessCaps_ThreePendingOrTwoThisWeek()
    {
        var lastWeek = Now - TimeSpan.FromDays(8);
        Of(20, Made(2), Made(2)).MayReceiveProposal.ShouldBeFalse("two new proposals this week");
        Of(20, Made(2, lastWeek), Made(2, lastWeek), Made(2, lastWeek)).MayReceiveProposal.ShouldBeFalse("three awaiting an answer");
        Of(20, Made(2, lastWeek), Made(2, lastWeek), Made(2)).MayReceiveProposal.ShouldBeFalse("three awaiting an answer");
        Of(20, Made(2, lastWeek), Made(2)).MayReceiveProposal.ShouldBeTrue();
        Of(0).MayReceiveProposal.ShouldBeFalse("no hours to give");
    }

    [Fact]
    public void UnansweredProposal_ExpiresAfterSevenDays_AnAnsweredOneNever()
    {
        var proposal = Made(2);

        proposal.ExpireIfDue(Now + TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1)).ShouldBeNull();
        proposal.ExpireIfDue(Now + TimeSpan.FromDays(7)).ShouldNotBeNull();
        proposal.Next(new ProposalAccepted(Guid.Empty, Guid.Empty, Guid.Empty, Now)).ExpireIfDue(Now + TimeSpan.FromDays(30)).ShouldBeNull();
        Should.Throw<RuleViolationException>(() => proposal.Accept(Of(10), needOpen: true, Now + TimeSpan.FromDays(7))).Code.ShouldBe("proposal-expired");
    }

    [Fact]
    public void EachSideDeclinesWithItsOwnReasons()
    {
        Made(2).Decline(DeclinedBy.Association, "profile-mismatch", Now).ReasonCode.ShouldBe("profile-mismatch");
        Should.Throw<RuleViolationException>(() => Made(2).Decline(DeclinedBy.Volunteer, "profile-mismatch", Now)).Code.ShouldBe("unknown-reason-code");
        var confirmed = Made(2).Next(new ProposalAccepted(Guid.Empty, Guid.Empty, Guid.Empty, Now)).Next(new ProposalConfirmed(Guid.Empty, Guid.Empty, Guid.Empty, 2, Now));
        Should.Throw<RuleViolationException>(() => confirmed.Decline(DeclinedBy.Volunteer, "no-time", Now)).Code.ShouldBe("proposal-closed");
    }

    [Fact]
    public void Withdrawal_ClosesAnOpenProposal_FreesItsHours_AndHappensOnce()
    {
        var confirmed = Made(4).Next(new ProposalAccepted(Guid.Empty, Guid.Empty, Guid.Empty, Now)).Next(new ProposalConfirmed(Guid.Empty, Guid.Empty, Guid.Empty, 6, Now));

        var withdrawn = confirmed.WithdrawIfOpen("need-cancelled", Now).ShouldNotBeNull();

        withdrawn.HoursFreed.ShouldBe(6);
        var after = confirmed.Next(withdrawn);
        after.Status.ShouldBe(ProposalStatus.Withdrawn);
        after.ReasonCode.ShouldBe("need-cancelled");
        Of(20, after).HeldHours.ShouldBe(0);
        after.WithdrawIfOpen("need-cancelled", Now).ShouldBeNull("a repeated withdrawal changes nothing");
        Should.Throw<RuleViolationException>(() => after.Decline(DeclinedBy.Volunteer, "no-time", Now)).Code.ShouldBe("proposal-closed");
    }

    [Fact]
    public void AnswersToAProposalOfAClosedNeed_AreRefused()
    {
        var accepted = Made(2).Next(new ProposalAccepted(Guid.Empty, Guid.Empty, Guid.Empty, Now));

        Should.Throw<RuleViolationException>(() => Made(2).Accept(Of(10), needOpen: false, Now)).Code.ShouldBe("need-not-open");
        Should.Throw<RuleViolationException>(() => accepted.Confirm(null, Of(10, accepted), needOpen: false, Now)).Code.ShouldBe("need-not-open");
    }

    [Fact]
    public void WeeklyCap_ComesFromTheCaps()
    {
        var lastWeek = Now - TimeSpan.FromDays(8);
        Commitments.Of(20, [Made(2, lastWeek), Made(2)], Now, MatchingWeights.Default with { WeeklyProposalCap = 1 }).MayReceiveProposal.ShouldBeFalse();
        Commitments.Of(20, [Made(2), Made(2)], Now, MatchingWeights.Default with { WeeklyProposalCap = 3 }).MayReceiveProposal.ShouldBeTrue();
    }
}
