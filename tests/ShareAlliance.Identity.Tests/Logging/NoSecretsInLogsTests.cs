using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Logging;

/// <summary>A fixture of its own: the logs searched are those of this flow and nothing else.</summary>
public sealed class LoggedFlowFactory : IdentityFactory;

public sealed class NoSecretsInLogsTests(LoggedFlowFactory factory) : IClassFixture<LoggedFlowFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FullLoginFlow_LogsNoPasswordTokenOrEmail()
    {
        factory.Logs.Clear();
        var email = Accounts.NewEmail("quiet");
        var secrets = new List<string> { email, Accounts.Password };

        (await factory.RegisterAsync(email, "Password1234!")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        secrets.Add("Password1234!");
        var userId = await factory.RegisterConfirmedAsync(email, "volunteer");
        secrets.Add(factory.Mailbox.Last(email, "confirm-email").Token!);
        var browser = factory.Browser();
        (await browser.LoginAsync(email, "a wrong password here")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        secrets.Add("a wrong password here");
        (await browser.LoginAsync(email)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var tokens = await browser.CodeFlowAsync();
        var renewed = await factory.CreateClient().TokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = IdentityFactory.WebClient,
            ["refresh_token"] = tokens.RefreshToken!,
        });
        (await factory.WithBearer(renewed.AccessToken).GetAsync("/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateClient().PostAsJsonAsync("/account/forgot-password", new { email }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var reset = factory.Mailbox.Last(email, "reset-password").Token!;
        (await factory.CreateClient().PostAsJsonAsync("/account/reset-password", new { email, token = reset, newPassword = "quiet meadow lantern" }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var client = await factory.ClientCredentialsAsync();
        secrets.AddRange([tokens.Code!, tokens.AccessToken, tokens.RefreshToken!, tokens.IdToken!, renewed.AccessToken, renewed.RefreshToken!, reset, "quiet meadow lantern",
            client.AccessToken, IdentityFactory.TestsClientSecret]);

        var logs = factory.Logs.Entries;
        logs.ShouldNotBeEmpty();
        logs.ShouldContain(l => l.Contains($"mail for {userId} written to", StringComparison.Ordinal), "the mailer says what it did");
        foreach (var secret in secrets)
        {
            // JWTs also checked by their signature alone, in case a log shows a token cut in parts.
            var needle = secret.Count(c => c == '.') == 2 ? secret.Split('.')[2] : secret;
            logs.ShouldNotContain(l => l.Contains(needle, StringComparison.OrdinalIgnoreCase), $"a log line shows a secret ({secret[..Math.Min(8, secret.Length)]}…)");
        }
    }
}
