using System.Net;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Features.Login;

public sealed class LoginTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccountForFifteenMinutes()
    {
        var email = Accounts.NewEmail("locked");
        var userId = await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            (await browser.LoginAsync(email, $"wrong password number {attempt}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var right = await browser.LoginAsync(email);

        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "the right password no longer opens a locked account");
        var lockedUntil = await LockoutEndAsync(userId);
        lockedUntil.ShouldNotBeNull();
        lockedUntil.Value.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(14), DateTimeOffset.UtcNow.AddMinutes(16));
    }

    [Fact]
    public async Task LockedAccountAndUnknownEmail_GetTheAnswerOfAWrongPassword()
    {
        var email = Accounts.NewEmail("same");
        await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();

        var wrong = await (await browser.LoginAsync(email, "wrong password entirely")).ProblemAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.LoginAsync(email, "wrong password entirely");
        }

        var locked = await (await browser.LoginAsync(email)).ProblemAsync();
        var unknown = await (await browser.LoginAsync(Accounts.NewEmail("nobody"))).ProblemAsync();

        foreach (var problem in new[] { locked, unknown })
        {
            problem.GetProperty("type").GetString().ShouldBe(wrong.GetProperty("type").GetString());
            problem.GetProperty("detail").GetString().ShouldBe(wrong.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Logout_EndsTheSessionTheAuthorizeEndpointReads()
    {
        var email = Accounts.NewEmail("logout");
        await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();
        (await browser.LoginAsync(email)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await browser.PostAsync("/account/logout", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var authorize = await browser.GetAsync(Accounts.AuthorizeUrl("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"), Ct);

        authorize.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await authorize.ProblemAsync()).GetProperty("type").GetString().ShouldEndWith("login-required");
    }

    [Fact]
    public async Task LoginRetriedWithTheSameIdempotencyKey_SetsTheSessionAgainAndStoresNoHashOfThePassword()
    {
        var email = Accounts.NewEmail("retry");
        await factory.RegisterConfirmedAsync(email);
        var key = Guid.NewGuid().ToString();

        foreach (var attempt in new[] { 1, 2 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { email, password = Accounts.Password }),
            };
            request.Headers.Add("Idempotency-Key", key);
            var response = await factory.CreateClient().SendAsync(request, Ct);
            response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
            response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("sharealliance.session=", StringComparison.Ordinal), $"attempt {attempt}");
        }

        (await factory.ScalarAsync($"select count(*) from {factory.Schema}.mt_doc_idempotencyrecord")).ShouldBe(0L);
    }

    private async Task<DateTimeOffset?> LockoutEndAsync(Guid userId) =>
        await factory.ScalarAsync("""select "LockoutEnd" from identity."AspNetUsers" where "Id" = @id""", ("id", userId)) switch
        {
            DateTime end => new DateTimeOffset(end, TimeSpan.Zero),
            DateTimeOffset end => end,
            _ => null,
        };
}
