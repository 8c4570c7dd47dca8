namespace ShareAlliance.Web.Services;

/// <summary>The volunteers service's API (profiles, skills, employers), called with the signed-in person's token.</summary>
public sealed class VolunteersClient(HttpClient http) : ApiClient(http, "volunteers")
{
    /// <summary>Coordinators: the volunteers awaiting verification, oldest first, with the name they gave.</summary>
    public Task<IReadOnlyList<VolunteerToVerify>> VerificationQueueAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<VolunteerToVerify>>("volunteers/verification-queue", cancellationToken);

    /// <summary>Coordinators: vouch for a volunteer (they may then be proposed for sensitive needs).</summary>
    public Task<ApiResult<VolunteerPublicProfile>> VerifyAsync(Guid id, CancellationToken cancellationToken = default) =>
        SendAsync<VolunteerPublicProfile>(HttpMethod.Post, $"volunteers/{id}/verify", body: null, cancellationToken);
}

/// <summary>A volunteer awaiting verification: the anonymous profile, when they joined, the name they gave (coordinators only).</summary>
public sealed record VolunteerToVerify(VolunteerPublicProfile Volunteer, string? DisplayName, DateTimeOffset JoinedAt);

/// <summary>What anyone may see of a volunteer (GET /volunteers/{id}): skills, hours, place, languages; never a name.</summary>
public sealed record VolunteerPublicProfile(
    Guid Id,
    long Version,
    IReadOnlyList<VolunteerSkill> Skills,
    int HoursPerMonth,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    string WorkMode,
    string? Departement,
    int? RadiusKm,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Causes,
    IReadOnlyList<string> Categories,
    bool Verified,
    bool Paused);

public sealed record VolunteerSkill(string Skill, int Level);
