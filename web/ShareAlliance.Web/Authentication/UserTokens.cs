using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ShareAlliance.Web.Authentication;

/// <summary>
/// A signed-in person's access token for the services' APIs, read from the server-side session and refreshed with the
/// refresh token shortly before it expires (Identity's refresh tokens work once: refreshes of one session are serialised).
/// A refreshed token carries today's roles and organisations, which are copied into the session's principal too.
/// </summary>
public sealed partial class UserTokens(
    ServerSideTickets tickets,
    IHttpClientFactory httpClients,
    IOptionsMonitor<OpenIdConnectOptions> oidc,
    TimeProvider time,
    ILogger<UserTokens> logger)
{
    public const string BackchannelClient = "identity-backchannel";

    private static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(1);

    // Striped locks: one session always maps to the same lock, and their number stays fixed whatever the number of sessions.
    // Several replicas would need a distributed lock here too, or a refresh-token reuse leeway in Identity.
    private readonly SemaphoreSlim[] locks = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>The access token of the signed-in person, refreshed when it is about to expire; null when signed out.</summary>
    public Task<string?> GetAccessTokenAsync(ClaimsPrincipal? user, CancellationToken cancellationToken = default) =>
        AccessTokenAsync(user, force: false, cancellationToken);

    /// <summary>
    /// Asks Identity for a new access token now, e.g. right after the person registered an organisation and Identity made
    /// them its owner: the new token carries the new <c>org</c> claim. Returns the new token, or null when signed out.
    /// </summary>
    public Task<string?> RefreshNowAsync(ClaimsPrincipal? user, CancellationToken cancellationToken = default) =>
        AccessTokenAsync(user, force: true, cancellationToken);

    private async Task<string?> AccessTokenAsync(ClaimsPrincipal? user, bool force, CancellationToken cancellationToken)
    {
        if (ServerSideTickets.SessionOf(user) is not { } session)
        {
            return null;
        }

        var ticket = await tickets.RetrieveAsync(session, cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        if (!force && Fresh(ticket) is { } token)
        {
            return token;
        }

        var gate = locks[(int)((uint)StringComparer.Ordinal.GetHashCode(session) % (uint)locks.Length)];
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Another call may have refreshed while this one waited.
            ticket = await tickets.RetrieveAsync(session, cancellationToken);
            if (ticket is null)
            {
                return null;
            }

            if (!force && Fresh(ticket) is { } refreshed)
            {
                return refreshed;
            }

            return await RefreshAsync(session, ticket, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private string? Fresh(AuthenticationTicket ticket)
    {
        var token = ticket.Properties.GetTokenValue("access_token");
        var expiresAt = ticket.Properties.GetTokenValue("expires_at");
        return token is not null
            && DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)
            && expires - RefreshBefore > time.GetUtcNow()
            ? token
            : null;
    }

    private async Task<string?> RefreshAsync(string session, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var refreshToken = ticket.Properties.GetTokenValue("refresh_token");
        if (refreshToken is null)
        {
            return null;
        }

        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var http = httpClients.CreateClient(BackchannelClient);
        using var response = await http.PostAsync(new Uri(configuration.TokenEndpoint), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = options.ClientId!,
            ["refresh_token"] = refreshToken,
        }), cancellationToken);

        if (!response.IsSuccessStatusCode)
        {
            // The refresh token was refused (account deleted or locked, token expired or revoked): the session is over.
            LogRefreshRefused(logger, (int)response.StatusCode);
            await tickets.RemoveAsync(session);
            return null;
        }

        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = body.RootElement;
        var accessToken = root.GetProperty("access_token").GetString()!;
        var expiresIn = root.TryGetProperty("expires_in", out var seconds) ? seconds.GetInt32() : 300;
        var tokens = ticket.Properties.GetTokens().ToDictionary(t => t.Name, t => t.Value, StringComparer.Ordinal);
        tokens["access_token"] = accessToken;
        tokens["expires_at"] = time.GetUtcNow().AddSeconds(expiresIn).ToString("o", CultureInfo.InvariantCulture);
        if (root.TryGetProperty("refresh_token", out var rotated) && rotated.GetString() is { } newRefreshToken)
        {
            tokens["refresh_token"] = newRefreshToken;
        }

        ticket.Properties.StoreTokens(tokens.Select(t => new AuthenticationToken { Name = t.Key, Value = t.Value }));
        if (ticket.Principal.Identity is ClaimsIdentity identity)
        {
            AccessTokenClaims.CopyRights(accessToken, identity);
        }

        await tickets.RenewAsync(session, ticket, cancellationToken);
        return accessToken;
    }

    [LoggerMessage(LogLevel.Information, "Identity refused to refresh a session's access token ({Status}); the session ends.")]
    private static partial void LogRefreshRefused(ILogger logger, int status);
}

/// <summary>The roles and organisations an access token grants, copied into the web's principal (pages are protected by role).</summary>
public static class AccessTokenClaims
{
    public const string Role = "role";
    public const string Organisation = "org";

    /// <summary>
    /// Replaces the identity's role and org claims with the token's. The token is not validated here: it came straight from
    /// Identity's token endpoint over the back channel, and the APIs validate it on every call.
    /// </summary>
    public static void CopyRights(string accessToken, ClaimsIdentity identity)
    {
        var token = new JsonWebToken(accessToken);
        foreach (var old in identity.Claims.Where(c => c.Type is Role or Organisation).ToList())
        {
            identity.RemoveClaim(old);
        }

        foreach (var claim in token.Claims.Where(c => c.Type is Role or Organisation))
        {
            identity.AddClaim(new Claim(claim.Type, claim.Value));
        }
    }
}
