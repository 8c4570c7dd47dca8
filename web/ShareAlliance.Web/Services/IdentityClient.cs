namespace ShareAlliance.Web.Services;

/// <summary>The identity service's API for the signed-in person (their account, export, deletion, members).</summary>
public sealed class IdentityClient(HttpClient http) : ApiClient(http, "identity")
{
    /// <summary>The signed-in person's account: e-mail, roles, memberships.</summary>
    public Task<MyAccount?> GetMeAsync(CancellationToken cancellationToken = default) => GetOrNullAsync<MyAccount>("me", cancellationToken);
}

public sealed record MyAccount(Guid Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<Membership> Memberships);

public sealed record Membership(Guid UserId, string Kind, Guid OrganisationId, bool IsOwner);
