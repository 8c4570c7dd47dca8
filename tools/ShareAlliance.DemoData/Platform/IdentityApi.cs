using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace ShareAlliance.DemoData.Platform;

public enum LoginOutcome
{
    SignedIn,
    Refused,
    EmailNotConfirmed,
}

/// <summary>What the token endpoint hands out: an access token for the APIs and a rotating refresh token.</summary>
public sealed record Tokens(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken);

public sealed record Membership(string Kind, Guid OrganisationId);

/// <summary>
/// Identity's public endpoints, called as the web front end will: the account endpoints, then authorization code + PKCE
/// with the session cookie that the login set. The client holds no cookie jar: each sign-in carries its own cookie.
/// </summary>
public sealed class IdentityApi(HttpClient http)
{
    public const string WebClient = "sharealliance-web";
    public const string RedirectUri = "http://localhost:5100/signin-callback";

    private int signInRequests;

    private sealed record MeView(IReadOnlyList<Membership> Memberships);

    /// <summary>Requests so far to the endpoints under the strict rate limit (register, login, token).</summary>
    public int SignInRequests => Volatile.Read(ref signInRequests);

    public async Task RegisterAsync(string email, string password, string accountType, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref signInRequests);
        using var request = Api.Request(HttpMethod.Post, "/account/register", body: new { email, password, accountType });
        using var response = await Api.SendAsync(http, request, cancellationToken);
        await Api.EnsureAsync(response, HttpStatusCode.Accepted, $"registering {email}", cancellationToken);
    }

    public async Task ConfirmEmailAsync(Guid userId, string token, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Post, "/account/confirm-email", body: new { userId, token });
        using var response = await Api.SendAsync(http, request, cancellationToken);
        await Api.EnsureAsync(response, HttpStatusCode.NoContent, "confirming an e-mail address", cancellationToken);
    }

    /// <summary>Logs in; when signed in, <c>Cookie</c> is the session cookie to show /connect/authorize.</summary>
    public async Task<(LoginOutcome Outcome, string? Cookie)> LoginAsync(string email, string password, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref signInRequests);
        using var request = Api.Request(HttpMethod.Post, "/account/login", body: new { email, password });
        using var response = await Api.SendAsync(http, request, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.NoContent:
                var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';', 2)[0]) : [];
                return (LoginOutcome.SignedIn, string.Join("; ", cookies));
            case HttpStatusCode.Unauthorized:
                return (LoginOutcome.Refused, null);
            case HttpStatusCode.Forbidden:
                return (LoginOutcome.EmailNotConfirmed, null);
            default:
                throw await Api.FailureAsync(response, $"logging in as {email}", cancellationToken);
        }
    }

    /// <summary>Authorization code + PKCE with the session cookie, then the code exchanged at the token endpoint.</summary>
    public async Task<Tokens> AuthorizeAsync(string cookie, CancellationToken cancellationToken)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var query = string.Join("&", new Dictionary<string, string>
        {
            ["client_id"] = WebClient,
            ["response_type"] = "code",
            ["scope"] = "openid offline_access",
            ["redirect_uri"] = RedirectUri,
            ["state"] = Base64Url(RandomNumberGenerator.GetBytes(12)),
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        using var request = Api.Request(HttpMethod.Get, $"/connect/authorize?{query}");
        request.Headers.Add("Cookie", cookie);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        var code = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
            ? QueryValue(location, "code")
            : null;
        if (code is null)
        {
            throw await Api.FailureAsync(response, "asking for an authorization code", cancellationToken);
        }

        return await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = WebClient,
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }, cancellationToken);
    }

    /// <summary>New tokens that carry today's roles and organisations (refresh tokens are single use: keep the new one).</summary>
    public Task<Tokens> RefreshAsync(string refreshToken, CancellationToken cancellationToken) => TokenAsync(new()
    {
        ["grant_type"] = "refresh_token",
        ["client_id"] = WebClient,
        ["refresh_token"] = refreshToken,
    }, cancellationToken);

    /// <summary>The caller's memberships as identity holds them now (GET /me is not under the strict sign-in limit).</summary>
    public async Task<IReadOnlyList<Membership>> MembershipsAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var request = Api.Request(HttpMethod.Get, "/me", accessToken);
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return (await Api.ReadAsync<MeView>(response, HttpStatusCode.OK, "reading the member's account (GET /me)", cancellationToken)).Memberships;
    }

    private async Task<Tokens> TokenAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref signInRequests);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/connect/token", UriKind.Relative)) { Content = new FormUrlEncodedContent(form) };
        using var response = await Api.SendAsync(http, request, cancellationToken);
        return await Api.ReadAsync<Tokens>(response, HttpStatusCode.OK, $"getting tokens ({form["grant_type"]})", cancellationToken);
    }

    private static string? QueryValue(Uri location, string name) => location.Query.TrimStart('?').Split('&')
        .Select(p => p.Split('=', 2))
        .Where(p => p.Length == 2 && p[0] == name)
        .Select(p => Uri.UnescapeDataString(p[1]))
        .FirstOrDefault();

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
