using Marten;
using Mediator;
using ShareAlliance.Matching.Engine;
using ShareAlliance.Matching.Indexing;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Matching.Features.FundableNeeds;

public sealed record FundableNeedsQuery(Guid OfferId) : IQuery<IReadOnlyList<FundableNeed>>;

/// <summary>A need an offer may fund: the need's facts a funder needs (no volunteer appears here), the fit and its terms.</summary>
public sealed record FundableNeed(
    Guid NeedId,
    Guid AssociationId,
    string Title,
    string Category,
    DateOnly Deadline,
    decimal Gap,
    decimal Fundable,
    float Score,
    float GapCovered,
    float UrgencyFit,
    float CategoryFit,
    float CauseFit);

/// <summary>The published needs with a funding gap an offer may cover, ranked by FundingFit; for the offer's funder and coordinators.</summary>
public sealed class FundableNeedsHandler(IQuerySession session, CurrentUser user, TimeProvider clock) : IQueryHandler<FundableNeedsQuery, IReadOnlyList<FundableNeed>>
{
    public async ValueTask<IReadOnlyList<FundableNeed>> Handle(FundableNeedsQuery query, CancellationToken cancellationToken)
    {
        var offer = await session.LoadAsync<KnownOffer>(query.OfferId, cancellationToken) ?? throw new NotFoundException("Offer");
        user.EnsureActsFor(OrganisationKinds.Funder, offer.FunderId);

        var needs = (await session.Query<KnownNeed>().Where(n => n.Status == EngineFacts.Published).ToListAsync(cancellationToken))
            .Where(n => n.Facts is not null)
            .ToDictionary(n => n.Id);
        var reported = (await session.LoadManyAsync<KnownNeedFunding>(cancellationToken, needs.Keys)).ToDictionary(f => f.Id);
        // Funding reports a need's gap from its first pledge on: until then the whole budget is to fund.
        var gaps = needs.Values
            .Select(n => (n.Id, Remaining: reported.TryGetValue(n.Id, out var f) ? f.Remaining : n.Facts!.Terms.Budget ?? 0m))
            .Where(g => g.Remaining > 0)
            .ToList();
        var candidates = gaps.Select(g =>
        {
            var terms = needs[g.Id].Facts!.Terms;
            return new FundableNeedFacts(
                g.Id, needs[g.Id].Facts!.Category, [], terms.Departement, terms.Format, g.Remaining, terms.Deadline,
                Enum.TryParse<Urgency>(terms.Urgency, out var urgency) ? urgency : Urgency.Normal);
        });
        var facts = new OfferFacts(
            offer.Id, offer.Status == "Open", offer.Remaining, offer.MaximumPerNeed, offer.Categories, offer.Causes, offer.Departements, offer.Formats, offer.Deadline);
        return [.. FundingFit.NeedsFor(facts, candidates, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Select(m =>
        {
            var need = needs[m.NeedId];
            return new FundableNeed(
                m.NeedId, need.Facts!.AssociationId, need.Facts.Title, need.Facts.Category, need.Facts.Terms.Deadline,
                gaps.First(g => g.Id == m.NeedId).Remaining, m.Fundable, MathF.Round(m.Score, 1), m.GapCovered, m.UrgencyFit, m.CategoryFit, m.CauseFit);
        })];
    }
}

public static class FundableNeedsEndpoint
{
    public static void MapFundableNeeds(this IEndpointRouteBuilder app) =>
        app.MapGet("/offers/{id:guid}/fundable-needs", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new FundableNeedsQuery(id), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Funder, Roles.Coordinator))
            .WithName("GetFundableNeeds")
            .WithSummary("The needs this offer may fund, best fit first (the offer's funder and coordinators).")
            .WithTags("Funding");
}
