using System.Net;
using System.Text.Json;
using MassTransit.Testing;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Features.DeleteMe;

public sealed class DeleteMeTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_IsADownloadWithEverythingAboutThePerson()
    {
        var email = Accounts.NewEmail("export");
        var (userId, tokens) = await factory.SignedInUserAsync(email, "association_member");

        var response = await factory.WithBearer(tokens.AccessToken).GetAsync("/me/export", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var account = export.GetProperty("account");
        account.GetProperty("id").GetGuid().ShouldBe(userId);
        account.GetProperty("email").GetString().ShouldBe(email);
        account.GetProperty("emailConfirmed").GetBoolean().ShouldBeTrue();
        export.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["association_member"]);
        export.GetProperty("grants").EnumerateArray().ShouldContain(g => g.GetProperty("application").GetString() == IdentityFactory.WebClient);
        export.ToString().ShouldNotContain(tokens.AccessToken, customMessage: "facts about tokens, never their values");
        export.ToString().ShouldNotContain("AQAAAA", customMessage: "no password hash");
    }

    [Fact]
    public async Task DeleteMe_ErasesTheAccountAndPublishesUserDeletedFromTheEventStore()
    {
        var email = Accounts.NewEmail("delete");
        var (userId, tokens) = await factory.SignedInUserAsync(email);
        var caller = factory.WithBearer(tokens.AccessToken);
        (await caller.GetStringAsync("/me/export", Ct)).ShouldContain(email, customMessage: "before deletion, the export holds the e-mail");

        (await caller.DeleteAsync("/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await factory.Harness.Published.Any<Contracts.Identity.UserDeleted>(m => m.Context.Message.UserId == userId, Ct))
            .ShouldBeTrue("the relay publishes UserDeleted");
        var published = await factory.Harness.Published
            .SelectAsync<Contracts.Identity.UserDeleted>(m => m.Context.Message.UserId == userId, Ct).FirstAsync(Ct);
        (await factory.ScalarAsync(
            $"select count(*) from {factory.Schema}.mt_events where id = @id and stream_id = @user",
            ("id", published.Context.MessageId!.Value), ("user", userId))).ShouldBe(1L, "MessageId is the stored event's id");

        (await factory.ScalarAsync("""select count(*) from identity."AspNetUsers" where "Id" = @id or "NormalizedEmail" = upper(@e)""", ("id", userId), ("e", email)))
            .ShouldBe(0L);
        (await factory.ScalarAsync("""select count(*) from identity."OpenIddictTokens" where "Subject" = @s""", ("s", userId.ToString()))).ShouldBe(0L);
        (await caller.GetAsync("/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "its tokens died with it");
        (await caller.GetAsync("/me/export", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.Browser().LoginAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task DeletedAccount_CannotRefreshItsTokens()
    {
        var (_, tokens) = await factory.SignedInUserAsync(Accounts.NewEmail("gone"));
        (await factory.WithBearer(tokens.AccessToken).DeleteAsync("/me", Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var refresh = await factory.CreateClient().PostTokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = IdentityFactory.WebClient,
            ["refresh_token"] = tokens.RefreshToken!,
        });

        refresh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
