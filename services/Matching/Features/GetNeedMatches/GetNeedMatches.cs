using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Matching.Domain;
using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.Indexing;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.GetNeedMatches;

public sealed record GetNeedMatchesQuery(Guid NeedId, int Top) : IQuery<NeedMatches>;

public sealed class GetNeedMatchesValidator : AbstractValidator<GetNeedMatchesQuery>
{
    public GetNeedMatchesValidator() => RuleFor(q => q.Top).InclusiveBetween(1, 100);
}

/// <summary>A ranked volunteer for a need: an opaque id (matching holds no personal data), the score, its terms and reasons, any proposal.</summary>
public sealed record NeedMatch(
    Guid VolunteerId,
    float Score,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<SkillReason> Skills,
    IReadOnlyList<ScoreTerm> Terms,
    Guid? ProposalId,
    ProposalStatus? ProposalStatus);

public sealed record NeedMatches(Guid NeedId, long NeedVersion, IReadOnlyList<NeedMatch> Matches);

/// <summary>
/// The best volunteers for a need now, from the index, and everyone with an open proposal for it; for the association that
/// owns the need and coordinators (403 otherwise).
/// </summary>
public sealed class GetNeedMatchesHandler(IQuerySession session, CurrentUser user, MatchingIndex index, TimeProvider clock)
    : IQueryHandler<GetNeedMatchesQuery, NeedMatches>
{
    public async ValueTask<NeedMatches> Handle(GetNeedMatchesQuery query, CancellationToken cancellationToken)
    {
        var need = await session.LoadAsync<KnownNeed>(query.NeedId, cancellationToken);
        if (need?.Facts is not { } facts)
        {
            throw new NotFoundException("Need");
        }

        user.EnsureActsFor(OrganisationKinds.Association, facts.AssociationId);
        var proposals = (await session.Query<Proposal>().Where(p => p.NeedId == query.NeedId).ToListAsync(cancellationToken))
            .GroupBy(p => p.VolunteerId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.ProposedAt).First());
        if (EngineFacts.Need(need) is not { } engineFacts)
        {
            return new NeedMatches(need.Id, need.Version, []);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = proposals.Values.Where(p => p.Status is ProposalStatus.Proposed or ProposalStatus.Accepted or ProposalStatus.Confirmed).ToList();
        var ranked = index.Read((volunteers, _) =>
        {
            var q = NeedQuery.Build(engineFacts, volunteers, index.Weights, today);
            var top = TopK.VolunteersFor(q, volunteers, query.Top)
                .Select(r =>
                {
                    var why = Explainer.Explain(q, volunteers, r.Slot);
                    return (Id: volunteers.IdAt(r.Slot), r.Score, Reasons: why.Sentences(), why.Skills, why.Terms);
                })
                .ToList();

            // Whoever was proposed stays on the list, with the score and reasons they were proposed for: the association
            // answers them, even once their hours or this week's fairness cap keep them out of the ranking.
            foreach (var proposal in open.Where(p => top.TrueForAll(t => t.Id != p.VolunteerId)))
            {
                var why = volunteers.TryGetSlot(proposal.VolunteerId, out var slot) ? Explainer.Explain(q, volunteers, slot) : null;
                top.Add((proposal.VolunteerId, proposal.Score, proposal.Reasons, why?.Skills ?? [], why?.Terms ?? []));
            }

            return top.OrderByDescending(t => t.Score).ToList();
        });
        return new NeedMatches(need.Id, need.Version, [.. ranked.Select(r => new NeedMatch(
            r.Id, MathF.Round(r.Score, 1), r.Reasons, r.Skills, r.Terms,
            proposals.GetValueOrDefault(r.Id)?.Id, proposals.GetValueOrDefault(r.Id)?.Status))]);
    }
}

public static class GetNeedMatchesEndpoint
{
    public static void MapGetNeedMatches(this IEndpointRouteBuilder app) =>
        app.MapGet("/needs/{id:guid}/matches", async (Guid id, int? top, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetNeedMatchesQuery(id, top ?? 10), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember, Roles.Coordinator))
            .WithName("GetNeedMatches")
            .WithSummary("The volunteers who fit a need best, ranked, each with the reasons of their score (the need's association and coordinators).")
            .WithTags("Matches");
}
