using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.GetNeed;

public sealed record GetNeedQuery(Guid Id) : IQuery<NeedDetails?>;

/// <summary>Published needs are public; a draft is seen only by its association and coordinators (others get 404).</summary>
public sealed class GetNeedHandler(IQuerySession session, CurrentUser user) : IQueryHandler<GetNeedQuery, NeedDetails?>
{
    public async ValueTask<NeedDetails?> Handle(GetNeedQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Need>(query.Id, cancellationToken) is { } need && IsVisible(need) ? NeedDetails.From(need) : null;

    private bool IsVisible(Need need) =>
        need.Status != NeedStatus.Draft
        || (user.IsAuthenticated && (user.IsCoordinator || user.ActsFor(OrganisationKinds.Association, need.AssociationId)));
}
