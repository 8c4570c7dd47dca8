using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Features.ResetPassword;

/// <summary>Reset tokens live 3 seconds here, so their expiry shows in a test (the default is one hour).</summary>
public sealed class ShortResetTokensFactory : IdentityFactory
{
    public static readonly TimeSpan Lifespan = TimeSpan.FromSeconds(3);

    protected override void Configure(IDictionary<string, string> settings) =>
        settings["Identity:PasswordResetLifespan"] = Lifespan.ToString();
}

public sealed class ResetPasswordTests(ShortResetTokensFactory factory) : IClassFixture<ShortResetTokensFactory>
{
    private const string NewPassword = "orange glacier bicycle";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ResetToken_WorksOnce()
    {
        var email = Accounts.NewEmail("reset");
        await factory.RegisterConfirmedAsync(email);
        var token = await RequestResetAsync(email);

        (await ResetAsync(email, token, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var again = await ResetAsync(email, token, "another fresh passphrase");

        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["token"]);
        (await factory.Browser().LoginAsync(email, NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.Browser().LoginAsync(email, Accounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ResetToken_ExpiresAfterItsLifespan()
    {
        var email = Accounts.NewEmail("expired");
        await factory.RegisterConfirmedAsync(email);
        var token = await RequestResetAsync(email);

        await Task.Delay(ShortResetTokensFactory.Lifespan + TimeSpan.FromSeconds(1.5), Ct);
        var late = await ResetAsync(email, token, NewPassword);

        late.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await late.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["token"]);
        (await factory.Browser().LoginAsync(email, Accounts.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent, "the old password still works");
    }

    [Fact]
    public async Task Reset_EndsTheSessionsOfWhoeverKnewTheOldPassword()
    {
        var email = Accounts.NewEmail("sessions");
        await factory.RegisterConfirmedAsync(email);
        var stolen = await factory.TokensForAsync(email);

        (await ResetAsync(email, await RequestResetAsync(email), NewPassword)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var refresh = await factory.CreateClient().PostTokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = IdentityFactory.WebClient,
            ["refresh_token"] = stolen.RefreshToken!,
        });
        refresh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.WithBearer(stolen.AccessToken).GetAsync("/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task WeakNewPassword_Gets400NamingNewPassword()
    {
        var email = Accounts.NewEmail("weak");
        await factory.RegisterConfirmedAsync(email);

        var response = await ResetAsync(email, await RequestResetAsync(email), "motdepasse2024");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["newPassword"]);
    }

    [Fact]
    public async Task UnknownEmail_Gets202AndNoMessage()
    {
        var email = Accounts.NewEmail("ghost");

        var response = await factory.CreateClient().PostAsJsonAsync("/account/forgot-password", new { email }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        factory.Mailbox.For(email).ShouldBeEmpty();
    }

    private async Task<string> RequestResetAsync(string email)
    {
        (await factory.CreateClient().PostAsJsonAsync("/account/forgot-password", new { email }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        return factory.Mailbox.Last(email, "reset-password").Token!;
    }

    private Task<HttpResponseMessage> ResetAsync(string email, string token, string newPassword) =>
        factory.CreateClient().PostAsJsonAsync("/account/reset-password", new { email, token, newPassword }, Ct);
}
