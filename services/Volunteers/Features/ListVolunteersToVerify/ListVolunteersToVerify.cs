using Marten;
using Mediator;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;
using ShareAlliance.Volunteers.Features.GetVolunteer;

namespace ShareAlliance.Volunteers.Features.ListVolunteersToVerify;

/// <summary>
/// A volunteer awaiting a coordinator's verification: the anonymous profile, when they joined, and the name they gave — a
/// coordinator vouches for a person, so only coordinators see it here (the name is never in a search or an event).
/// </summary>
public sealed record VolunteerToVerify(VolunteerPublicView Volunteer, string? DisplayName, DateTimeOffset JoinedAt);

public sealed record ListVolunteersToVerifyQuery : IQuery<IReadOnlyList<VolunteerToVerify>>;

public sealed class ListVolunteersToVerifyHandler(IQuerySession session) : IQueryHandler<ListVolunteersToVerifyQuery, IReadOnlyList<VolunteerToVerify>>
{
    public async ValueTask<IReadOnlyList<VolunteerToVerify>> Handle(ListVolunteersToVerifyQuery query, CancellationToken cancellationToken)
    {
        var waiting = await session.Query<Volunteer>()
            .Where(v => !v.Withdrawn && !v.Facts.Verified)
            .OrderBy(v => v.JoinedAt)
            .Take(200)
            .ToListAsync(cancellationToken);
        var details = (await session.LoadManyAsync<VolunteerDetails>(cancellationToken, waiting.Select(v => v.Id))).ToDictionary(d => d.Id);
        return [.. waiting.Select(v => new VolunteerToVerify(VolunteerPublicView.From(v), details.GetValueOrDefault(v.Id)?.DisplayName, v.JoinedAt))];
    }
}

public static class ListVolunteersToVerifyEndpoint
{
    public static void MapListVolunteersToVerify(this IEndpointRouteBuilder app) =>
        app.MapGet("/volunteers/verification-queue", async (ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListVolunteersToVerifyQuery(), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator))
            .WithName("ListVolunteersToVerify")
            .WithSummary("The volunteers awaiting verification (coordinators), oldest first, with the name they gave.")
            .WithTags("Volunteers");
}
