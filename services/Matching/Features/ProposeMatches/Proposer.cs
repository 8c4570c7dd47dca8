using Marten;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.Indexing;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.Matching.Features.ProposeMatches;

/// <summary>How many proposals a real-time trigger makes, at most (bound from <c>Matching:Proposals</c>).</summary>
public sealed record ProposalSettings
{
    /// <summary>Open proposals a published need gets (an edit tops them up to this).</summary>
    public int PerNeed { get; init; } = 3;

    /// <summary>New proposals a profile update makes for that person (the weekly cap still applies).</summary>
    public int PerVolunteer { get; init; } = 2;
}

/// <summary>One (need, volunteer) pair worth proposing, best first, with its reasons; <paramref name="Hours"/> set by a round.</summary>
public sealed record Candidate(Guid NeedId, Guid VolunteerId, float Score, MatchExplanation Why, int? Hours = null);

/// <summary>
/// Turns ranked candidates into proposals inside the caller's transaction. The index ranks (fast, maybe a little behind);
/// the decisions are taken here on the database, under the volunteers' and needs' locks: a pair is never proposed twice,
/// a closed need or a paused volunteer gets nothing, and no volunteer passes the fairness caps.
/// </summary>
public sealed class Proposer(IDocumentSession session, MatchingIndex index, TimeProvider clock, ProposalSettings settings)
{
    /// <summary>Candidates ranked per need or volunteer beyond what is proposed: the caps or earlier proposals may rule some out.</summary>
    private const int Spare = 4;

    public ProposalSettings Settings { get; } = settings;

    /// <summary>The best volunteers for a need, at the need's facts about to be committed.</summary>
    public async Task<IReadOnlyList<Guid>> ForNeedAsync(KnownNeed need, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(need);
        if (EngineFacts.Need(need) is not { } facts)
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var candidates = index.Read((volunteers, _) =>
        {
            var query = NeedQuery.Build(facts, volunteers, index.Weights, today);
            return TopK.VolunteersFor(query, volunteers, Settings.PerNeed * Spare)
                .Select(r => new Candidate(need.Id, volunteers.IdAt(r.Slot), r.Score, Explainer.Explain(query, volunteers, r.Slot)))
                .ToList();
        });
        return await ProposeAsync(candidates, Settings.PerNeed, int.MaxValue, null, freshNeed: need, freshVolunteer: null, cancellationToken);
    }

    /// <summary>The best needs for a volunteer, at the profile about to be committed (scored in a scratch index).</summary>
    public async Task<IReadOnlyList<Guid>> ForVolunteerAsync(KnownVolunteer volunteer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(volunteer);
        if (EngineFacts.Volunteer(volunteer) is not { Paused: false } facts)
        {
            return [];
        }

        var commitments = await session.CommitmentsAsync(
            new Dictionary<Guid, int> { [volunteer.Id] = facts.HoursPerMonth }, clock.GetUtcNow(), index.Weights, cancellationToken);
        var scratch = index.Scratch();
        var slot = scratch.Upsert(facts, commitments[volunteer.Id].ToLoad());
        var candidates = index.Read((_, needs) =>
        {
            var best = new List<Candidate>();
            for (var n = 0; n < needs.Count; n++)
            {
                if (needs.At(n) is not { } query)
                {
                    continue;
                }

                var score = Scorer.Score(query, scratch, slot);
                if (score >= 0)
                {
                    best.Add(new Candidate(query.Id, volunteer.Id, score, Explainer.Explain(query, scratch, slot)));
                }
            }

            return best.OrderByDescending(c => c.Score).ThenBy(c => c.NeedId).Take(Settings.PerVolunteer * Spare).ToList();
        });
        return await ProposeAsync(candidates, Settings.PerNeed, Settings.PerVolunteer, null, freshNeed: null, freshVolunteer: volunteer, cancellationToken);
    }

    /// <summary>
    /// Proposes the candidates in order, skipping what the rules rule out; returns the proposals made. <paramref name="freshNeed"/>
    /// and <paramref name="freshVolunteer"/> are copies stored in this same transaction (the database still holds the older one).
    /// </summary>
    public async Task<IReadOnlyList<Guid>> ProposeAsync(
        IReadOnlyList<Candidate> candidates,
        int perNeed,
        int perVolunteer,
        Guid? roundId,
        KnownNeed? freshNeed,
        KnownVolunteer? freshVolunteer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return [];
        }

        var needIds = candidates.Select(c => c.NeedId).Distinct().ToArray();
        var volunteerIds = candidates.Select(c => c.VolunteerId).Distinct().ToArray();
        await session.LockAsync(needIds.Concat(volunteerIds), cancellationToken);

        var needs = (await session.LoadManyAsync<KnownNeed>(cancellationToken, needIds)).ToDictionary(n => n.Id);
        var volunteers = (await session.LoadManyAsync<KnownVolunteer>(cancellationToken, volunteerIds)).ToDictionary(v => v.Id);
        if (freshNeed is not null)
        {
            needs[freshNeed.Id] = freshNeed;
        }

        if (freshVolunteer is not null)
        {
            volunteers[freshVolunteer.Id] = freshVolunteer;
        }

        var now = clock.GetUtcNow();
        var existing = await session.Query<Proposal>()
            .Where(p => needIds.Contains(p.NeedId) && volunteerIds.Contains(p.VolunteerId))
            .ToListAsync(cancellationToken);
        var proposed = existing.Select(p => (p.NeedId, p.VolunteerId)).ToHashSet();
        // Open proposals of the needs, whoever they went to: an edit tops them up, never beyond.
        var openPerNeed = (await session.Query<Proposal>()
                .Where(p => needIds.Contains(p.NeedId) && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Accepted || p.Status == ProposalStatus.Confirmed))
                .Select(p => p.NeedId)
                .ToListAsync(cancellationToken))
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => g.Count());

        var commitments = await session.CommitmentsAsync(
            volunteerIds.ToDictionary(id => id, id => EngineFacts.HoursPerMonth(volunteers.GetValueOrDefault(id))), now, index.Weights, cancellationToken);
        var madePerVolunteer = new Dictionary<Guid, int>();
        var made = new List<Guid>();
        foreach (var c in candidates)
        {
            if (!needs.TryGetValue(c.NeedId, out var need) || EngineFacts.Need(need) is null
                || !volunteers.TryGetValue(c.VolunteerId, out var volunteer) || EngineFacts.Volunteer(volunteer) is not { Paused: false }
                || proposed.Contains((c.NeedId, c.VolunteerId))
                || openPerNeed.GetValueOrDefault(c.NeedId) >= perNeed
                || madePerVolunteer.GetValueOrDefault(c.VolunteerId) >= perVolunteer
                || !commitments[c.VolunteerId].MayReceiveProposal)
            {
                continue;
            }

            var id = Guid.CreateVersion7();
            var hours = Math.Clamp(c.Hours ?? (int)Math.Ceiling(c.Why.EffortHoursPerMonth), 1, Math.Max(1, commitments[c.VolunteerId].HoursLeft));
            session.Events.StartStream<Proposal>(id, new ProposalMade(
                id, need.Id, need.Version, need.Facts!.AssociationId, c.VolunteerId, MathF.Round(c.Score, 1), c.Why.Sentences(),
                [.. c.Why.Skills.Where(s => s.Match == SkillMatch.Covered).Select(s => s.Skill)], hours, now, now + Proposal.ExpiresAfter, roundId));
            proposed.Add((c.NeedId, c.VolunteerId));
            openPerNeed[c.NeedId] = openPerNeed.GetValueOrDefault(c.NeedId) + 1;
            madePerVolunteer[c.VolunteerId] = madePerVolunteer.GetValueOrDefault(c.VolunteerId) + 1;
            commitments[c.VolunteerId] = commitments[c.VolunteerId].WithNewProposal();
            made.Add(id);
        }

        return made;
    }
}
