using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;
using ShareAlliance.Volunteers.Features.RecordMatch;

namespace ShareAlliance.Volunteers.Features.GetMyProfile;

/// <summary>
/// A volunteer's own view: the profile, its status and the personal details only they (and nobody's search) see, with the
/// hours a month their confirmed matches commit them to and the hours still free of their availability.
/// </summary>
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
    DateTimeOffset JoinedAt,
    int HoursCommitted)
{
    public int HoursFree => Math.Max(0, Profile.HoursPerMonth - HoursCommitted);

    public static MyProfile From(Volunteer v, VolunteerDetails? d, int hoursCommitted) => new(
        v.Id, v.Version, d?.DisplayName, d?.ContactEmail, d?.ContactPhone, v.Facts.Profile, v.Facts.Verified, v.Facts.Paused, v.Withdrawn, v.JoinedAt,
        hoursCommitted);
}

public sealed record GetMyProfileQuery : IQuery<MyProfile?>;

public sealed class GetMyProfileHandler(IQuerySession session, CurrentUser user) : IQueryHandler<GetMyProfileQuery, MyProfile?>
{
    public async ValueTask<MyProfile?> Handle(GetMyProfileQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Volunteer>(user.Id, cancellationToken) is { } volunteer
            ? MyProfile.From(
                volunteer, await session.LoadAsync<VolunteerDetails>(user.Id, cancellationToken), await session.CommittedHoursAsync(user.Id, cancellationToken))
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
