using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;

namespace ShareAlliance.Web.Authentication;

/// <summary>
/// Where a signed-in person's session lives: the whole ticket (claims and the access, refresh and identity tokens) is kept
/// on the server, encrypted with Data Protection, in an <see cref="IDistributedCache"/>; the browser's cookie holds only
/// the session key. The key is also put in the principal as the <see cref="SessionClaim"/> claim, so code without an
/// HttpContext (a Blazor circuit) finds the session from the authentication state.
/// One replica: the in-memory cache. Several replicas need a shared cache (Redis, SQL Server…) and shared Data Protection keys.
/// </summary>
public sealed class ServerSideTickets(IDistributedCache cache, IDataProtectionProvider dataProtection, TimeProvider time) : ITicketStore
{
    public const string SessionClaim = "sa_session";

    private static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(8);
    private readonly IDataProtector protector = dataProtection.CreateProtector("ShareAlliance.Web.ServerSideTickets");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        if (ticket.Principal.Identity is ClaimsIdentity identity)
        {
            foreach (var old in identity.FindAll(SessionClaim).ToList())
            {
                identity.RemoveClaim(old);
            }

            identity.AddClaim(new Claim(SessionClaim, key));
        }

        await RenewAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var expires = ticket.Properties.ExpiresUtc ?? time.GetUtcNow().Add(DefaultLifetime);
        var bytes = protector.Protect(TicketSerializer.Default.Serialize(ticket));
        return cache.SetAsync(Prefix + key, bytes, new DistributedCacheEntryOptions { AbsoluteExpiration = expires }, cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Prefix + key, cancellationToken);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(protector.Unprotect(bytes));
        }
        catch (CryptographicException)
        {
            // Written with keys this replica does not have (see the class comment): as if signed out.
            return null;
        }
    }

    public Task RemoveAsync(string key) => cache.RemoveAsync(Prefix + key);

    /// <summary>The session key of a signed-in principal, or null.</summary>
    public static string? SessionOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true ? user.FindFirst(SessionClaim)?.Value : null;

    private const string Prefix = "sa-web-ticket:";
}
