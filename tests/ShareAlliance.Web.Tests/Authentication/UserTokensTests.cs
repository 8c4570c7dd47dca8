using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using ShareAlliance.Web.Authentication;

namespace ShareAlliance.Web.Tests.Authentication;

/// <summary>The access token a page's API call gets: from the server-side session, refreshed before it expires.</summary>
public sealed class UserTokensTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private readonly ServerSideTickets tickets;
    private readonly List<Dictionary<string, string>> refreshes = [];
    private Func<HttpResponseMessage> identityAnswer = () => new HttpResponseMessage(HttpStatusCode.InternalServerError);

    public UserTokensTests() =>
        tickets = new ServerSideTickets(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())), new EphemeralDataProtectionProvider(), time);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TokenValidForMoreThanAMinute_IsGivenWithoutAskingIdentity()
    {
        var signedInWith = Token("volunteer");
        var user = await SignedInAsync(signedInWith, expiresIn: TimeSpan.FromMinutes(5));

        var token = await Tokens().GetAccessTokenAsync(user, Ct);

        token.ShouldBe(signedInWith);
        refreshes.ShouldBeEmpty();
    }

    [Fact]
    public async Task TokenAboutToExpire_IsRefreshedOnceForConcurrentCalls_KeepingTheRotatedRefreshTokenAndTheNewRights()
    {
        var user = await SignedInAsync(Token("volunteer"), expiresIn: TimeSpan.FromSeconds(30));
        var renewed = Token("volunteer", "association_member", org: "association:6f0e3a52-3c1e-4d7e-9a55-0b7e2a1c9d10");
        identityAnswer = () => Json($$"""{"access_token":"{{renewed}}","refresh_token":"refresh-2","expires_in":600,"token_type":"Bearer"}""");
        var tokens = Tokens();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => tokens.GetAccessTokenAsync(user, Ct)));

        answers.ShouldAllBe(a => a == renewed);
        refreshes.Count.ShouldBe(1, "Identity's refresh tokens work once: one refresh for the session");
        refreshes[0]["grant_type"].ShouldBe("refresh_token");
        refreshes[0]["refresh_token"].ShouldBe("refresh-1");
        refreshes[0]["client_id"].ShouldBe("sharealliance-web");
        var stored = (await tickets.RetrieveAsync(ServerSideTickets.SessionOf(user)!, Ct))!;
        stored.Properties.GetTokenValue("refresh_token").ShouldBe("refresh-2");
        stored.Principal.FindAll("role").Select(c => c.Value).ShouldBe(["volunteer", "association_member"], ignoreOrder: true);
        stored.Principal.FindFirst("org")!.Value.ShouldBe("association:6f0e3a52-3c1e-4d7e-9a55-0b7e2a1c9d10");

        time.Advance(TimeSpan.FromMinutes(5));
        (await tokens.GetAccessTokenAsync(user, Ct)).ShouldBe(renewed);
        refreshes.Count.ShouldBe(1, "the new token is still fresh five minutes later");
    }

    [Fact]
    public async Task RefreshRefusedByIdentity_EndsTheSession()
    {
        var user = await SignedInAsync(Token("volunteer"), expiresIn: TimeSpan.FromSeconds(-5));
        identityAnswer = () => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new StringContent("""{"error":"invalid_grant"}""") };

        var token = await Tokens().GetAccessTokenAsync(user, Ct);

        token.ShouldBeNull();
        (await tickets.RetrieveAsync(ServerSideTickets.SessionOf(user)!, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task SignedOutPerson_HasNoToken()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());

        (await Tokens().GetAccessTokenAsync(anonymous, Ct)).ShouldBeNull();
    }

    [Fact]
    public async Task SessionStore_KeepsTheTokensEncrypted()
    {
        var cache = new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions()));
        var store = new ServerSideTickets(cache, new EphemeralDataProtectionProvider(), time);
        var properties = new AuthenticationProperties();
        properties.StoreTokens([new AuthenticationToken { Name = "refresh_token", Value = "a-very-secret-refresh-token" }]);

        var key = await store.StoreAsync(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "42")], "test")), properties, "Cookies"));

        var raw = await cache.GetAsync("sa-web-ticket:" + key, Ct);
        raw.ShouldNotBeNull();
        Encoding.UTF8.GetString(raw).ShouldNotContain("a-very-secret-refresh-token");
        (await store.RetrieveAsync(key, Ct))!.Properties.GetTokenValue("refresh_token").ShouldBe("a-very-secret-refresh-token");
    }

    private async Task<ClaimsPrincipal> SignedInAsync(string accessToken, TimeSpan expiresIn)
    {
        var identity = new ClaimsIdentity([new Claim("sub", "9a3c1f3e-8d1f-4b55-a3a1-5d1f0c7e2b11"), new Claim("role", "volunteer")], "Cookies", "sub", "role");
        var properties = new AuthenticationProperties { ExpiresUtc = time.GetUtcNow().AddHours(8) };
        properties.StoreTokens([
            new AuthenticationToken { Name = "access_token", Value = accessToken },
            new AuthenticationToken { Name = "refresh_token", Value = "refresh-1" },
            new AuthenticationToken { Name = "expires_at", Value = time.GetUtcNow().Add(expiresIn).ToString("o", CultureInfo.InvariantCulture) },
        ]);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), properties, "Cookies");
        await tickets.StoreAsync(ticket);
        return ticket.Principal;
    }

    private UserTokens Tokens()
    {
        var options = new OpenIdConnectOptions
        {
            ClientId = "sharealliance-web",
            ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(
                new OpenIdConnectConfiguration { TokenEndpoint = "http://identity.test/connect/token" }),
        };
        return new UserTokens(tickets, new Clients(new Identity(this)), new Monitor(options), time, NullLogger<UserTokens>.Instance);
    }

    private static string Token(params string[] roles) => Token(roles, org: null);

    private static string Token(string role1, string role2, string org) => Token([role1, role2], org);

    private static string Token(string[] roles, string? org)
    {
        var claims = new Dictionary<string, object> { ["sub"] = "9a3c1f3e-8d1f-4b55-a3a1-5d1f0c7e2b11", ["role"] = roles };
        if (org is not null)
        {
            claims["org"] = org;
        }

        // No iat / nbf / exp from the wall clock: the same claims give the same token, whichever second the test runs in
        // (a token made twice across a second boundary differed, and a test comparing them failed now and then).
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor { Claims = claims });
    }

    private static HttpResponseMessage Json(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed class Identity(UserTokensTests test) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var form = await request.Content!.ReadAsStringAsync(cancellationToken);
            lock (test.refreshes)
            {
                test.refreshes.Add(form.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1])));
            }

            // A slow answer, so concurrent callers really wait on one another.
            await Task.Delay(50, cancellationToken);
            return test.identityAnswer();
        }
    }

    private sealed class Clients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private sealed class Monitor(OpenIdConnectOptions options) : IOptionsMonitor<OpenIdConnectOptions>
    {
        public OpenIdConnectOptions CurrentValue => options;

        public OpenIdConnectOptions Get(string? name) => options;

        public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;
    }
}
