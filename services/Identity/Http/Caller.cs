using System.Security.Claims;
using OpenIddict.Abstractions;
using ShareAlliance.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ShareAlliance.Identity.Http;

/// <summary>Who sent a request with an access token: a person (sub = user id) or an application (sub = client id).</summary>
public sealed record Caller(Guid? UserId, IReadOnlyList<string> TokenRoles)
{
    public static Caller From(ClaimsPrincipal principal) => new(
        Guid.TryParse(principal.GetClaim(Claims.Subject), out var id) ? id : null,
        [.. principal.GetClaims(Claims.Role)]);

    /// <summary>An application's rights are what its token says (they come from configuration); a person's are read from the database.</summary>
    public bool IsCoordinatorClient => UserId is null && TokenRoles.Contains(Roles.Coordinator, StringComparer.Ordinal);
}
