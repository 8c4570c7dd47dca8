using ShareAlliance.Matching.Engine;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.Matching.Domain;

/// <summary>
/// What a volunteer has already given their word to, from their proposals: hours a month held by accepted and confirmed
/// matches, proposals awaiting an answer, and proposals made in the last 7 days. The one place the fairness caps
/// (DOMAIN.md: at most 3 pending, 2 new a week; both from configuration, <see cref="MatchingWeights"/>) and the availability
/// rule are decided; the index's loads come from here.
/// </summary>
public sealed record Commitments(int HoursPerMonth, int HeldHours, int Pending, int ProposedThisWeek, int MaxPending, int WeeklyCap)
{
    public static Commitments Of(int hoursPerMonth, IEnumerable<Proposal> proposals, DateTimeOffset now, MatchingWeights caps)
    {
        ArgumentNullException.ThrowIfNull(caps);
        ArgumentNullException.ThrowIfNull(proposals);
        var weekAgo = now - TimeSpan.FromDays(7);
        var (held, pending, thisWeek) = (0, 0, 0);
        foreach (var p in proposals)
        {
            held += p.HeldHours;
            pending += p.Status == ProposalStatus.Proposed ? 1 : 0;
            thisWeek += p.ProposedAt > weekAgo ? 1 : 0;
        }

        return new(hoursPerMonth, held, pending, thisWeek, caps.MaxPendingProposals, caps.WeeklyProposalCap);
    }

    public int HoursLeft => Math.Max(0, HoursPerMonth - HeldHours);

    /// <summary>Whether one more proposal stays within the caps (and some hours are left to give).</summary>
    public bool MayReceiveProposal => Pending < MaxPending && ProposedThisWeek < WeeklyCap && HoursLeft > 0;

    public Commitments WithNewProposal() => this with { Pending = Pending + 1, ProposedThisWeek = ProposedThisWeek + 1 };

    public Commitments Without(int hours) => this with { HeldHours = HeldHours - hours };

    /// <summary>Refuses (409 availability-exceeded) when the hours would take the volunteer past their availability.</summary>
    public void EnsureRoomFor(int hours)
    {
        if (HeldHours + hours > HoursPerMonth)
        {
            throw new RuleViolationException(
                "availability-exceeded",
                $"{hours} h a month more would exceed the volunteer's availability: {HoursLeft} of {HoursPerMonth} h a month are left.");
        }
    }

    public VolunteerLoad ToLoad() => new(HoursLeft, Pending, ProposedThisWeek, WeeklyCap);
}
