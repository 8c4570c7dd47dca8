using System.Security.Claims;

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
}
