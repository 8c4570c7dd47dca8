using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Features.Token;

public sealed class TokenTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CodeFlowWithPkce_GivesAnAccessTokenThatReadsMe()
    {
        var email = Accounts.NewEmail("flow");
        var (userId, tokens) = await factory.SignedInUserAsync(email, "volunteer");

        var me = await factory.WithBearer(tokens.AccessToken).GetFromJsonAsync<JsonElement>("/me", Ct);

        me.GetProperty("id").GetGuid().ShouldBe(userId);
        me.GetProperty("email").GetString().ShouldBe(email);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["volunteer"]);
        tokens.RefreshToken.ShouldNotBeNull();
        tokens.ExpiresIn.ShouldBeInRange(590, 600, "access tokens are short-lived (10 minutes)");
    }

    [Fact]
    public async Task AccessToken_SaysWhoAndWhatButNoPersonalDetails()
    {
        var email = Accounts.NewEmail("claims");
        var (userId, tokens) = await factory.SignedInUserAsync(email, "funder");

        var payload = Accounts.Payload(tokens.AccessToken);

        payload.GetProperty("sub").GetString().ShouldBe(userId.ToString());
        payload.GetProperty("aud").GetString().ShouldBe("sharealliance-api");
        payload.GetProperty("role").GetString().ShouldBe("funder");
        payload.GetProperty("client_id").GetString().ShouldBe(IdentityFactory.WebClient);
        payload.ToString().ShouldNotContain(email, Case.Insensitive);
        payload.TryGetProperty("email", out _).ShouldBeFalse();
        payload.TryGetProperty("name", out _).ShouldBeFalse();
        Accounts.Payload(tokens.IdToken!).ToString().ShouldNotContain(email, Case.Insensitive);
    }

    [Fact]
    public async Task AccessToken_IsAPlainJwtThatTheJwksVerifies()
    {
        var (_, tokens) = await factory.SignedInUserAsync(Accounts.NewEmail("jwks"));
        var client = factory.CreateClient();
        var discovery = await client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration", Ct);
        var jwks = new JsonWebKeySet(await client.GetStringAsync(discovery.GetProperty("jwks_uri").GetString(), Ct));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.AccessToken, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = "sharealliance-api",
            IssuerSigningKeys = jwks.GetSigningKeys(),
        });

        result.IsValid.ShouldBeTrue(result.Exception?.Message);
        var tampered = tokens.AccessToken[..^4] + (tokens.AccessToken.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        (await factory.WithBearer(tampered).GetAsync("/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task NoToken_Gets401WithAProblem()
    {
        var response = await factory.CreateClient().GetAsync("/me", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task AuthorizeWithoutPkce_IsRefused()
    {
        var email = Accounts.NewEmail("nopkce");
        await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();
        await browser.LoginAsync(email);

        var response = await browser.GetAsync(Accounts.AuthorizeUrl(codeChallenge: null), Ct);

        // OpenIddict answers itself rather than redirect: no code leaves the server.
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();
        var body = await response.Content.ReadAsStringAsync(Ct);
        body.ShouldContain("invalid_request");
        body.ShouldContain("code_challenge");
    }

    [Fact]
    public async Task RefreshToken_RotatesAndTheUsedOneIsRefused()
    {
        var (_, tokens) = await factory.SignedInUserAsync(Accounts.NewEmail("refresh"));
        var client = factory.CreateClient();
        Dictionary<string, string> Refresh(string token) => new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = IdentityFactory.WebClient,
            ["refresh_token"] = token,
        };

        var renewed = await client.TokenAsync(Refresh(tokens.RefreshToken!));
        var replay = await client.PostTokenAsync(Refresh(tokens.RefreshToken!));

        renewed.RefreshToken.ShouldNotBeNull();
        renewed.RefreshToken.ShouldNotBe(tokens.RefreshToken);
        replay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await replay.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task ClientCredentials_GiveAConfiguredClientItsToken()
    {
        var tokens = await factory.ClientCredentialsAsync();

        var payload = Accounts.Payload(tokens.AccessToken);
        payload.GetProperty("sub").GetString().ShouldBe(IdentityFactory.TestsClient);
        payload.GetProperty("aud").GetString().ShouldBe("sharealliance-api");
        payload.GetProperty("role").GetString().ShouldBe("coordinator");
        tokens.RefreshToken.ShouldBeNull();
        var me = await factory.WithBearer(tokens.AccessToken).GetAsync("/me", Ct);
        me.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an application has no account");
    }

    [Fact]
    public async Task ClientCredentialsWithAWrongSecret_AreRefused()
    {
        var response = await factory.CreateClient().PostTokenAsync(new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = IdentityFactory.TestsClient,
            ["client_secret"] = "not-the-secret",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
