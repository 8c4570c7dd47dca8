using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetAssociation;
using ShareAlliance.Needs.Ports;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.ListAssociationsToReview;

/// <summary>An association awaiting review, with what the registries say about its identifiers.</summary>
public sealed record AssociationToReview(AssociationDetails Association, IReadOnlyList<RegistryEntry> RegistryEntries);

public sealed record ListAssociationsToReviewQuery : IQuery<IReadOnlyList<AssociationToReview>>;

public sealed class ListAssociationsToReviewHandler(IQuerySession session, IAssociationRegistry registry)
    : IQueryHandler<ListAssociationsToReviewQuery, IReadOnlyList<AssociationToReview>>
{
    public async ValueTask<IReadOnlyList<AssociationToReview>> Handle(ListAssociationsToReviewQuery query, CancellationToken cancellationToken)
    {
        var waiting = await session.Query<Association>()
            .Where(a => a.Status == AssociationStatus.Registered)
            .OrderBy(a => a.RegisteredAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var result = new List<AssociationToReview>(waiting.Count);
        foreach (var association in waiting)
        {
            var entries = new List<RegistryEntry>();
            foreach (var identifier in new[] { association.Profile.Rna, association.Profile.Siren }.OfType<string>())
            {
                if (await registry.FindAsync(identifier, cancellationToken) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            result.Add(new(AssociationDetails.From(association), entries));
        }

        return result;
    }
}

public static class ListAssociationsToReviewEndpoint
{
    public static void MapListAssociationsToReview(this IEndpointRouteBuilder app) =>
        app.MapGet("/associations/review-queue", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAssociationsToReviewQuery(), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName("ListAssociationsToReview")
            .WithSummary("The verification queue: associations awaiting review, oldest first, with the registries' answers.")
            .WithTags("Associations");
}
