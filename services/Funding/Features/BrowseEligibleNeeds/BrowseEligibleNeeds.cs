using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.ReadModel;
using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.BrowseEligibleNeeds;

public sealed record BrowseEligibleNeedsQuery(Guid OfferId, string? Category, string? Departement, DateOnly? DeadlineBefore, decimal? MinRemaining, int? Limit)
    : IQuery<IReadOnlyList<EligibleNeed>>;

/// <summary>A need the offer may fund, with its gap and what this offer could still give it (<see cref="MaximumFromOffer"/>).</summary>
public sealed record EligibleNeed(
    Guid NeedId, Guid AssociationId, string Title, string Category, string Format, string WorkMode, string? Departement, DateOnly Deadline,
    decimal Budget, decimal Pledged, decimal Confirmed, decimal Remaining, decimal MaximumFromOffer);

public sealed class BrowseEligibleNeedsValidator : AbstractValidator<BrowseEligibleNeedsQuery>
{
    public BrowseEligibleNeedsValidator()
    {
        RuleFor(q => q.Category).Must(NeedCategories.IsKnown).When(q => q.Category is not null).WithMessage(q => $"'{q.Category}' is not a need category.");
        RuleFor(q => q.Departement).Must(Places.IsKnownDepartement).When(q => q.Departement is not null).WithMessage(q => $"'{q.Departement}' is not a département code.");
        RuleFor(q => q.MinRemaining).GreaterThanOrEqualTo(0m);
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
    }
}

/// <summary>
/// The needs funding knows are open, filtered by the offer's own rules (the same <see cref="FundingOffer.RefusalFor"/> a pledge
/// meets) and by the funder's filters; those with nothing left to fund are left out. Soonest deadline first.
/// </summary>
public sealed class BrowseEligibleNeedsHandler(IQuerySession session, CurrentUser user) : IQueryHandler<BrowseEligibleNeedsQuery, IReadOnlyList<EligibleNeed>>
{
    public async ValueTask<IReadOnlyList<EligibleNeed>> Handle(BrowseEligibleNeedsQuery q, CancellationToken cancellationToken)
    {
        var offer = await session.LoadAsync<FundingOffer>(q.OfferId, cancellationToken) ?? throw new NotFoundException("Offer");
        user.EnsureActsFor(OrganisationKinds.Funder, offer.FunderId);

        var statuses = KnownNeed.FundableStatuses.ToArray();
        var query = session.Query<KnownNeed>().Where(n => n.Facts != null && statuses.Contains(n.Status) && n.Facts.Budget > 0);
        if (q.Category is { } category)
        {
            query = query.Where(n => n.Facts!.Category == category);
        }

        if (q.DeadlineBefore is { } before)
        {
            query = query.Where(n => n.Facts!.Deadline <= before);
        }

        var needs = await query.ToListAsync(cancellationToken);
        var ids = needs.Select(n => n.Id).ToArray();
        var associationIds = needs.Select(n => n.Facts!.AssociationId).Distinct().ToArray();
        var associations = (await session.LoadManyAsync<KnownAssociation>(cancellationToken, associationIds)).ToDictionary(a => a.Id);
        var accounts = (await session.LoadManyAsync<NeedFunding>(cancellationToken, ids)).ToDictionary(a => a.Id);

        return [.. needs
            .Select(n => (Need: n, Association: associations.GetValueOrDefault(n.Facts!.AssociationId) ?? KnownAssociation.Unknown(n.Facts.AssociationId)))
            .Where(x => offer.RefusalFor(x.Need, x.Association) is null)
            .Where(x => q.Departement is null || FundingOffer.PlaceOf(x.Need.Facts!, x.Association) == q.Departement)
            .Select(x => Describe(x.Need, offer, accounts.GetValueOrDefault(x.Need.Id)))
            .Where(e => e.Remaining > 0 && e.Remaining >= (q.MinRemaining ?? 0m))
            .OrderBy(e => e.Deadline).ThenByDescending(e => e.Remaining)
            .Take(q.Limit ?? 50)];
    }

    private static EligibleNeed Describe(KnownNeed need, FundingOffer offer, NeedFunding? account)
    {
        var f = need.Facts!;
        var funding = account ?? NeedFunding.Empty(need.Id, f.Budget!.Value);
        var fromOffer = offer.Terms.MaximumPerNeed - funding.ByOffer.GetValueOrDefault(offer.Id);
        return new(need.Id, f.AssociationId, f.Title, f.Category, f.Format, f.WorkMode, f.Departement, f.Deadline,
            funding.Budget, funding.Pledged, funding.Confirmed, funding.Remaining, Math.Max(0m, Math.Min(Math.Min(funding.Remaining, fromOffer), offer.Remaining)));
    }
}

public static class BrowseEligibleNeedsEndpoint
{
    public static void MapBrowseEligibleNeeds(this IEndpointRouteBuilder app) =>
        app.MapGet("/offers/{offerId:guid}/eligible-needs", async (Guid offerId, string? category, string? departement, DateOnly? deadlineBefore,
                decimal? minRemaining, int? limit, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new BrowseEligibleNeedsQuery(offerId, category, departement, deadlineBefore, minRemaining, limit), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Funder, Roles.Coordinator))
            .WithName("BrowseEligibleNeeds")
            .WithSummary("Needs one of your offers may fund, with their gap; filters: category, departement, deadlineBefore, minRemaining, limit (≤ 200).")
            .WithTags("Offers");
}
