using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using ShareAlliance.Web.Authentication;

namespace ShareAlliance.Web.Services;

/// <summary>The organisations a signed-in person acts for: the access token's "org" claims ("funder:{id}", "employer:{id}").</summary>
public static class Organisations
{
    public const string Funder = "funder";
    public const string Employer = "employer";

    public static Guid? Of(ClaimsPrincipal user, string kind) => user.FindAll("org")
        .Select(c => c.Value.Split(':', 2))
        .Where(p => p.Length == 2 && p[0] == kind && Guid.TryParse(p[1], out _))
        .Select(p => (Guid?)Guid.Parse(p[1]))
        .FirstOrDefault();

    /// <summary>
    /// After registering an organisation: Identity grants it when it hears the registration on the bus (a moment later), so
    /// the person's token is refreshed until it carries "kind:id" (true), or for about ten seconds (false).
    /// </summary>
    public static async Task<bool> WaitForRightsAsync(UserTokens tokens, ClaimsPrincipal user, string kind, Guid id, CancellationToken cancellationToken = default)
    {
        var wanted = $"{kind}:{id}";
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (await tokens.RefreshNowAsync(user, cancellationToken) is { } token
                && new JsonWebToken(token).Claims.Any(c => c.Type == AccessTokenClaims.Organisation && c.Value == wanted))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        return false;
    }
}
