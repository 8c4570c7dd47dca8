using System.Net;

namespace ShareAlliance.Web.Services;

/// <summary>The identity service's API for the signed-in person (their account, export, deletion, members).</summary>
public sealed class IdentityClient(HttpClient http) : ApiClient(http, "identity")
{
    /// <summary>The signed-in person's account: e-mail, roles, memberships.</summary>
    public Task<MyAccount?> GetMeAsync(CancellationToken cancellationToken = default) => GetOrNullAsync<MyAccount>("me", cancellationToken);

    /// <summary>Everything Identity holds about the person, as the JSON file it gives (GDPR art. 15 and 20); null when signed out.</summary>
    public async Task<(byte[] Content, string FileName)?> ExportMeAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri("me/export", UriKind.Relative), cancellationToken);
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                return null;
            }

            response.EnsureSuccessStatusCode();
            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
            return (await response.Content.ReadAsByteArrayAsync(cancellationToken), name ?? "sharealliance-identity.json");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new ServiceUnavailableException("identity", e);
        }
    }

    /// <summary>Adds a person with a confirmed account to an organisation (its owners may): 404 when no account has the e-mail.</summary>
    public Task<ApiResult<object>> AddMemberAsync(string kind, Guid organisationId, string email, CancellationToken cancellationToken = default) =>
        SendAsync<object>(HttpMethod.Post, $"organisations/{kind}/{organisationId}/members", new { email }, cancellationToken);

    /// <summary>Deletes the person's account; every service is told to erase or mask their details.</summary>
    public async Task<bool> DeleteMeAsync(CancellationToken cancellationToken = default) =>
        (await SendAsync<object>(HttpMethod.Delete, "me", body: null, cancellationToken)).IsSuccess;
}

public sealed record MyAccount(Guid Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<Membership> Memberships);

public sealed record Membership(Guid UserId, string Kind, Guid OrganisationId, bool IsOwner);
