using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.ListAssociationNeeds;

/// <summary>One of an association's needs as its list shows it; <see cref="Version"/> is what an edit sends back in If-Match.</summary>
public sealed record AssociationNeed(
    Guid Id, long Version, NeedStatus Status, string Title, string Category, DateOnly Deadline, DateTimeOffset DraftedAt, DateTimeOffset? PublishedAt);

public sealed record ListAssociationNeedsQuery(Guid AssociationId) : IQuery<IReadOnlyList<AssociationNeed>>;

/// <summary>
/// Every need of the association in every status, drafts included, newest first (at most <see cref="MaxNeeds"/>): for its
/// members and coordinators. Others get 403 before anything is read, so an association's existence is not told to them.
/// </summary>
public sealed class ListAssociationNeedsHandler(IQuerySession session, CurrentUser user)
    : IQueryHandler<ListAssociationNeedsQuery, IReadOnlyList<AssociationNeed>>
{
    public const int MaxNeeds = 500;

    public async ValueTask<IReadOnlyList<AssociationNeed>> Handle(ListAssociationNeedsQuery query, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Association, query.AssociationId);
        _ = await session.LoadAsync<Association>(query.AssociationId, cancellationToken) ?? throw new NotFoundException("Association");
        var needs = await session.Query<Need>()
            .Where(n => n.AssociationId == query.AssociationId)
            .OrderByDescending(n => n.DraftedAt)
            .Take(MaxNeeds)
            .ToListAsync(cancellationToken);
        return [.. needs.Select(n => new AssociationNeed(n.Id, n.Version, n.Status, n.Content.Title, n.Content.Category, n.Content.Deadline, n.DraftedAt, n.PublishedAt))];
    }
}

public static class ListAssociationNeedsEndpoint
{
    public static void MapListAssociationNeeds(this IEndpointRouteBuilder app) =>
        app.MapGet("/associations/{id:guid}/needs", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAssociationNeedsQuery(id), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember, Roles.Coordinator))
            .WithName("ListAssociationNeeds")
            .WithSummary("An association's needs in every status, drafts included, newest first: for its members and coordinators.")
            .WithTags("Associations");
}
