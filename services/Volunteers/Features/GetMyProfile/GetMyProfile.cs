using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Features.GetMyProfile;

/// <summary>A volunteer's own view: the profile, its status and the personal details only they (and nobody's search) see.</summary>
public sealed record MyProfile(
    Guid Id,
    long Version,
    string? DisplayName,
    string? ContactEmail,
    string? ContactPhone,
    VolunteerProfile Profile,
    bool Verified,
    bool Paused,
    bool Withdrawn,
    DateTimeOffset JoinedAt)
{
    public static MyProfile From(Volunteer v, VolunteerDetails? d) => new(
        v.Id, v.Version, d?.DisplayName, d?.ContactEmail, d?.ContactPhone, v.Facts.Profile, v.Facts.Verified, v.Facts.Paused, v.Withdrawn, v.JoinedAt);
}

public sealed record GetMyProfileQuery : IQuery<MyProfile?>;

public sealed class GetMyProfileHandler(IQuerySession session, CurrentUser user) : IQueryHandler<GetMyProfileQuery, MyProfile?>
{
    public async ValueTask<MyProfile?> Handle(GetMyProfileQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Volunteer>(user.Id, cancellationToken) is { } volunteer
            ? MyProfile.From(volunteer, await session.LoadAsync<VolunteerDetails>(user.Id, cancellationToken))
            : null;
}

public static class GetMyProfileEndpoint
{
    public static void MapGetMyProfile(this IEndpointRouteBuilder app) =>
        app.MapGet("/volunteers/me", async Task<Results<Ok<MyProfile>, NotFound>> (ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetMyProfileQuery(), ct) is not { } profile)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(profile.Version);
                return TypedResults.Ok(profile);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Volunteer))
            .WithName("GetMyVolunteerProfile")
            .WithSummary("Read your volunteer profile with your personal details, and its version as ETag (404 before you create it).")
            .WithTags("Volunteers");
}
