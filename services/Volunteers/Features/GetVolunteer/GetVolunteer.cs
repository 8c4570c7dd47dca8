using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Features.GetVolunteer;

/// <summary>What anyone may see of a volunteer: skills, hours, place and languages — never a name or a contact.</summary>
public sealed record VolunteerPublicView(
    Guid Id,
    long Version,
    IReadOnlyList<SkillLevel> Skills,
    int HoursPerMonth,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    WorkMode WorkMode,
    string? Departement,
    int? RadiusKm,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Categories,
    bool Verified,
    bool Paused)
{
    public static VolunteerPublicView From(Volunteer v)
    {
        var p = v.Facts.Profile;
        return new(v.Id, v.Version, p.Skills, p.HoursPerMonth, p.AvailableFrom, p.AvailableUntil, p.WorkMode, p.Departement, p.RadiusKm,
            p.Languages, p.Causes, p.Categories, v.Facts.Verified, v.Facts.Paused);
    }
}

public sealed record GetVolunteerQuery(Guid Id) : IQuery<VolunteerPublicView?>;

/// <summary>A withdrawn volunteer is gone from every public view (404).</summary>
public sealed class GetVolunteerHandler(IQuerySession session) : IQueryHandler<GetVolunteerQuery, VolunteerPublicView?>
{
    public async ValueTask<VolunteerPublicView?> Handle(GetVolunteerQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Volunteer>(query.Id, cancellationToken) is { Withdrawn: false } volunteer ? VolunteerPublicView.From(volunteer) : null;
}

public static class GetVolunteerEndpoint
{
    public static void MapGetVolunteer(this IEndpointRouteBuilder app) =>
        app.MapGet("/volunteers/{id:guid}", async Task<Results<Ok<VolunteerPublicView>, NotFound>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                if (await sender.Send(new GetVolunteerQuery(id), ct) is not { } volunteer)
                {
                    return TypedResults.NotFound();
                }

                response.SetETag(volunteer.Version);
                return TypedResults.Ok(volunteer);
            })
            .AllowAnonymous() // the anonymous profile: skills, hours, place; no personal data
            .WithName("GetVolunteer")
            .WithSummary("Read a volunteer's anonymous public profile (skills and levels, hours, languages, département).")
            .WithTags("Volunteers");
}
