using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace ShareAlliance.Identity.Tests.Support;

public sealed record TokenSet(string AccessToken, string? RefreshToken, string? IdToken, int ExpiresIn)
{
    /// <summary>The authorization code these tokens were exchanged for, when they came from the code flow.</summary>
    public string? Code { get; init; }
}

/// <summary>What a person and the web front end do, step by step, against the service in memory.</summary>
public static class Accounts
{
    public const string Password = "violet tractor morning";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A browser: keeps cookies, does not follow redirects (the test reads them).</summary>
    public static HttpClient Browser(this IdentityFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static HttpClient WithBearer(this IdentityFactory factory, string accessToken)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static Task<HttpResponseMessage> RegisterAsync(this IdentityFactory factory, string email, string password = Password, string? accountType = null) =>
        factory.CreateClient().PostAsJsonAsync("/account/register", new { email, password, accountType }, Ct);

    /// <summary>Registers, then confirms with the token from the mailbox, as the person would. Returns the user id.</summary>
    public static async Task<Guid> RegisterConfirmedAsync(this IdentityFactory factory, string email, string? accountType = null)
    {
        (await factory.RegisterAsync(email, Password, accountType)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var mail = factory.Mailbox.Last(email, "confirm-email");
        var confirmed = await factory.CreateClient().PostAsJsonAsync("/account/confirm-email", new { userId = mail.UserId, token = mail.Token }, Ct);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return mail.UserId!.Value;
    }

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient browser, string email, string password = Password) =>
        browser.PostAsJsonAsync("/account/login", new { email, password }, Ct);

    /// <summary>Authorization code + PKCE, as the web front end does it, with a browser that has logged in.</summary>
    public static async Task<TokenSet> CodeFlowAsync(this HttpClient browser)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var authorize = await browser.GetAsync(AuthorizeUrl(challenge), Ct);
        authorize.StatusCode.ShouldBe(HttpStatusCode.Redirect, await authorize.Content.ReadAsStringAsync(Ct));
        var location = authorize.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(IdentityFactory.RedirectUri);
        var code = QueryHelpers.ParseQuery(location.Query)["code"].ToString();
        code.ShouldNotBeNullOrEmpty(location.ToString());

        var tokens = await browser.TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = IdentityFactory.WebClient,
            ["code"] = code,
            ["redirect_uri"] = IdentityFactory.RedirectUri,
            ["code_verifier"] = verifier,
        });
        return tokens with { Code = code };
    }

    public static string AuthorizeUrl(string? codeChallenge) => QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
    {
        ["client_id"] = IdentityFactory.WebClient,
        ["response_type"] = "code",
        ["scope"] = "openid offline_access",
        ["redirect_uri"] = IdentityFactory.RedirectUri,
        ["state"] = Guid.NewGuid().ToString("N"),
        ["code_challenge"] = codeChallenge,
        ["code_challenge_method"] = codeChallenge is null ? null : "S256",
    });

    /// <summary>Register, confirm, log in, authorize, exchange: a person's tokens.</summary>
    public static async Task<(Guid UserId, TokenSet Tokens)> SignedInUserAsync(this IdentityFactory factory, string email, string? accountType = null)
    {
        var userId = await factory.RegisterConfirmedAsync(email, accountType);
        return (userId, await factory.TokensForAsync(email));
    }

    public static async Task<TokenSet> TokensForAsync(this IdentityFactory factory, string email, string password = Password)
    {
        var browser = factory.Browser();
        (await browser.LoginAsync(email, password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        return await browser.CodeFlowAsync();
    }

    public static Task<TokenSet> ClientCredentialsAsync(this IdentityFactory factory) => factory.CreateClient().TokenAsync(new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = IdentityFactory.TestsClient,
        ["client_secret"] = IdentityFactory.TestsClientSecret,
    });

    public static Task<HttpResponseMessage> PostTokenAsync(this HttpClient client, Dictionary<string, string> form) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(form), Ct);

    public static async Task<TokenSet> TokenAsync(this HttpClient client, Dictionary<string, string> form)
    {
        var response = await client.PostTokenAsync(form);
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        return new TokenSet(
            json.GetProperty("access_token").GetString()!,
            json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            json.TryGetProperty("id_token", out var id) ? id.GetString() : null,
            json.GetProperty("expires_in").GetInt32());
    }

    /// <summary>The claims of a JWT's payload, read without validating it (the tests that validate use the JWKS).</summary>
    public static JsonElement Payload(string jwt) =>
        JsonDocument.Parse(Base64UrlDecode(jwt.Split('.')[1])).RootElement;

    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
