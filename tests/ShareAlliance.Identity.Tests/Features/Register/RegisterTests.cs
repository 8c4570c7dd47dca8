using System.Net;
using System.Net.Http.Json;
using System.Text;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Features.Register;

public sealed class RegisterTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewAccount_CanLogInOnlyAfterConfirmingWithTheMailedToken()
    {
        var email = Accounts.NewEmail("new");
        (await factory.RegisterAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var browser = factory.Browser();

        var early = await browser.LoginAsync(email);
        early.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await early.ProblemAsync()).GetProperty("type").GetString().ShouldEndWith("email-not-confirmed");

        var mail = factory.Mailbox.Last(email, "confirm-email");
        var confirm = await factory.CreateClient().PostAsJsonAsync("/account/confirm-email", new { userId = mail.UserId, token = mail.Token }, Ct);
        confirm.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await browser.LoginAsync(email)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task UnconfirmedAccountWithWrongPassword_GetsTheAnswerOfAnyWrongPassword()
    {
        var email = Accounts.NewEmail("unconfirmed");
        await factory.RegisterAsync(email);

        var response = await factory.Browser().LoginAsync(email, "not the password at all");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ProblemAsync()).GetProperty("type").GetString().ShouldEndWith("login-refused");
    }

    [Fact]
    public async Task ExistingEmail_GetsTheSameAnswerAndANoticeInsteadOfASecondAccount()
    {
        var email = Accounts.NewEmail("twice");
        await factory.RegisterConfirmedAsync(email);

        var again = await factory.RegisterAsync(email, "another strong passphrase here");

        again.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        factory.Mailbox.For(email).Select(m => m.Purpose).ShouldBe(["confirm-email", "already-registered"]);
        (await factory.ScalarAsync("""select count(*) from identity."AspNetUsers" where "NormalizedEmail" = upper(@e)""", ("e", email))).ShouldBe(1L);
    }

    [Fact]
    public async Task UnconfirmedEmailRegisteredAgain_GetsANewConfirmationLink()
    {
        var email = Accounts.NewEmail("again");
        await factory.RegisterAsync(email);

        (await factory.RegisterAsync(email, "a different strong passphrase")).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        factory.Mailbox.For(email).Select(m => m.Purpose).ShouldBe(["confirm-email", "confirm-email"]);
        (await factory.ScalarAsync("""select count(*) from identity."AspNetUsers" where "NormalizedEmail" = upper(@e)""", ("e", email))).ShouldBe(1L);
    }

    [Fact]
    public async Task WrongConfirmationToken_Gets400NamingTheToken()
    {
        var email = Accounts.NewEmail("badtoken");
        await factory.RegisterAsync(email);
        var mail = factory.Mailbox.Last(email, "confirm-email");

        var response = await factory.CreateClient().PostAsJsonAsync("/account/confirm-email", new { userId = mail.UserId, token = "AAAA" + mail.Token }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["token"]);
    }

    [Theory]
    [InlineData("""{"email":"a@example.org","password":"short pass"}""", "password")]
    [InlineData("""{"email":"a@example.org","password":"Password1234!"}""", "password")]
    [InlineData("""{"email":"a@example.org","password":"azertyuiop123"}""", "password")]
    [InlineData("""{"email":"a@example.org","password":"aaaaaaaaaaaaaaaa"}""", "password")]
    [InlineData("""{"email":"a@example.org","password":"123456789012345"}""", "password")]
    [InlineData("""{"email":"a@example.org"}""", "password")]
    [InlineData("""{"email":"not-an-email","password":"violet tractor morning"}""", "email")]
    [InlineData("""{"email":"a@example.org","password":"violet tractor morning","accountType":"coordinator"}""", "accountType")]
    [InlineData("""{"email":"a@example.org","password":12}""", "password")]
    [InlineData("""{"email":"a@example.org",""", "body")]
    public async Task BadInput_Gets400NamingTheField(string body, string field)
    {
        var response = await factory.CreateClient().PostAsync("/account/register", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(field);
        problem.ToString().ShouldNotContain("   at ", customMessage: "no stack trace");
    }
}
