using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Shouldly;

namespace ShareAlliance.Testing;

/// <summary>
/// People signing in to a real identity service (a child process), as the web front end will: register, confirm from
/// the development mailbox, log in, authorization code + PKCE, token.
/// </summary>
public sealed class IdentityAccounts(Uri identity, Mailbox mailbox)
{
    public const string Password = "violet tractor morning";
    public const string WebClient = "sharealliance-web";
    public const string RedirectUri = "http://localhost:5100/signin-callback";
    public const string TestsClient = "sharealliance-tests";
    public const string TestsClientSecret = "end-to-end-tests-secret";
    public const string CoordinatorEmail = "coordinator@e2e.local";
    public const string CoordinatorPassword = "harbour violin cactus e2e";

    /// <summary>The settings the identity process needs for these flows.</summary>
    public static Dictionary<string, string> Settings(Uri identity, string mailboxFolder, string databaseConnectionString) => new()
    {
        ["ConnectionStrings__Identity"] = databaseConnectionString,
        ["Identity__Issuer"] = identity.ToString(),
        ["Identity__Mailbox"] = mailboxFolder,
        ["Identity__Coordinator__Email"] = CoordinatorEmail,
        ["Identity__Coordinator__Password"] = CoordinatorPassword,
        ["Identity__Clients__Web__ClientId"] = WebClient,
        ["Identity__Clients__Web__RedirectUris__0"] = RedirectUri,
        ["Identity__Clients__Tests__ClientId"] = TestsClient,
        ["Identity__Clients__Tests__Secret"] = TestsClientSecret,
        ["Identity__Clients__Tests__Roles__0"] = "coordinator",
        ["RateLimits__StrictPerMinute"] = "10000",
    };

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    /// <summary>Registers and confirms with the token the mailbox received. Returns the user id.</summary>
    public async Task<Guid> RegisterConfirmedAsync(string email, string accountType, CancellationToken ct)
    {
        using var client = Client();
        (await client.PostAsJsonAsync("/account/register", new { email, password = Password, accountType }, ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var mail = await Eventually.GetAsync(
            () => Task.FromResult(mailbox.For(email).LastOrDefault(m => m.Purpose == "confirm-email")), TimeSpan.FromSeconds(10), $"the confirmation mail for {email}");
        var confirmed = await client.PostAsJsonAsync("/account/confirm-email", new { userId = mail.UserId, token = mail.Token }, ct);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.NoContent, await confirmed.Content.ReadAsStringAsync(ct));
        return mail.UserId!.Value;
    }

    /// <summary>Log in, then authorization code + PKCE: the access token (with today's roles and memberships).</summary>
    public async Task<string> AccessTokenAsync(string email, CancellationToken ct, string password = Password)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = identity };
        var login = await browser.PostAsJsonAsync("/account/login", new { email, password }, ct);
        login.StatusCode.ShouldBe(HttpStatusCode.NoContent, await login.Content.ReadAsStringAsync(ct));

        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = WebClient,
            ["response_type"] = "code",
            ["scope"] = "openid offline_access",
            ["redirect_uri"] = RedirectUri,
            ["state"] = Guid.NewGuid().ToString("N"),
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }), ct);
        authorize.StatusCode.ShouldBe(HttpStatusCode.Redirect, await authorize.Content.ReadAsStringAsync(ct));
        var code = QueryHelpers.ParseQuery(authorize.Headers.Location!.Query)["code"].ToString();

        return await TokenAsync(browser, new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = WebClient,
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }, ct);
    }

    /// <summary>A new confirmed user of the given kind, signed in.</summary>
    public async Task<(Guid UserId, string Email, string Token)> SignedInAsync(string accountType, CancellationToken ct)
    {
        var email = NewEmail(accountType);
        var id = await RegisterConfirmedAsync(email, accountType, ct);
        return (id, email, await AccessTokenAsync(email, ct));
    }

    public Task<string> CoordinatorTokenAsync(CancellationToken ct) => AccessTokenAsync(CoordinatorEmail, ct, CoordinatorPassword);

    private HttpClient Client() => new() { BaseAddress = identity };

    private static async Task<string> TokenAsync(HttpClient client, Dictionary<string, string> form, CancellationToken ct)
    {
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(form), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }
}
