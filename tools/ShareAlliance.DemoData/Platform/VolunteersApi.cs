using System.Net;
using ShareAlliance.DemoData.Plan;

namespace ShareAlliance.DemoData.Platform;

public sealed record ProfileState(Guid Id, long Version, DateTimeOffset JoinedAt);

public sealed record EmployerState(Guid Id, DateTimeOffset RegisteredAt);

public sealed record ProgrammeState(Guid Id, string InvitationCode, bool Open);

/// <summary>The volunteers service's endpoints the generator uses, each write with an Idempotency-Key so a re-run gets the first answer.</summary>
public sealed class VolunteersApi(HttpClient http)
{
    public async Task<ProfileState> SetProfileAsync(string accessToken, VolunteerPlan v, string key, CancellationToken cancellationToken)
    {
        var body = new
        {
            v.DisplayName,
            contactEmail = v.Email,
            v.Skills,
            v.HoursPerMonth,
            v.WorkMode,
            v.Departement,
            v.RadiusKm,
            v.Languages,
            v.Causes,
            v.Categories,
            v.AcceptsSensitiveNeeds,
        };
        using var request = Api.Request(HttpMethod.Put, "/volunteers/me", accessToken, body, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<ProfileState>(response, HttpStatusCode.OK, $"filling in volunteer {v.Number}'s profile", cancellationToken);
    }

    public async Task<EmployerState> RegisterEmployerAsync(string accessToken, EmployerPlan e, string key, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, "/employers", accessToken, new { e.CompanyName, e.Siret, e.Turnover }, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<EmployerState>(response, HttpStatusCode.Created, $"registering employer {e.Number} ({e.CompanyName})", cancellationToken);
    }

    public async Task<ProgrammeState> OpenProgrammeAsync(string accessToken, Guid employerId, ProgrammePlan p, string key, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, $"/employers/{employerId}/programmes", accessToken, p, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<ProgrammeState>(response, HttpStatusCode.Created, $"opening a programme of employer {employerId}", cancellationToken);
    }

    /// <summary>False when the volunteer was enrolled already without this key (409): as a re-run may find.</summary>
    public async Task<bool> EnrolAsync(string accessToken, string code, string key, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, "/programmes/enrol", accessToken, new { code }, key);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }

        await Api.EnsureAsync(response, HttpStatusCode.OK, "enrolling in a programme", cancellationToken);
        return true;
    }
}
