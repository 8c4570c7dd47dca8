using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Setup;
using ShareAlliance.ServiceDefaults.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ShareAlliance.Identity.Tokens;

/// <summary>
/// What an access token says: <c>sub</c>, <c>role</c>s and <c>org</c>s ("&lt;kind&gt;:&lt;id&gt;"), for the audience
/// <see cref="Audience"/>. Never an e-mail or a name: tokens travel to every service and into their logs' reach.
/// </summary>
public sealed class TokenPrincipals(UserManager<User> users, SignInManager<User> signIn, IdentityDb db, IOptionsMonitor<IdentitySettings> settings)
{
    public const string Audience = "sharealliance-api";

    /// <summary>Read afresh at every code or refresh exchange, so a token carries today's rights; null when the account may not sign in.</summary>
    public async Task<ClaimsPrincipal?> ForUserAsync(Guid userId, ImmutableArray<string> scopes, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        var organisations = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new { m.Kind, m.OrganisationId })
            .ToListAsync(cancellationToken);
        return Build(user.Id.ToString(), roles, organisations.Select(m => OrganisationKinds.ClaimValue(m.Kind, m.OrganisationId)), scopes);
    }

    /// <summary>A confidential client acting for itself (client credentials): the roles and organisations configured for it.</summary>
    public ClaimsPrincipal? ForClient(string clientId, ImmutableArray<string> scopes)
    {
        var client = settings.CurrentValue.Clients.Values.FirstOrDefault(c => string.Equals(c.ClientId, clientId, StringComparison.Ordinal));
        return client is null ? null : Build(clientId, client.Roles, client.Organisations, scopes);
    }

    private static ClaimsPrincipal Build(string subject, IEnumerable<string> roles, IEnumerable<string> organisations, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaims(Claims.Role, [.. roles.Order(StringComparer.Ordinal)]);
        identity.SetClaims(ClaimNames.Organisation, [.. organisations.Order(StringComparer.Ordinal)]);
        identity.SetScopes(scopes);
        identity.SetResources(Audience);
        // Only the subject goes into identity tokens; roles and organisations are for the APIs.
        identity.SetDestinations(claim => claim.Type == Claims.Subject
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
