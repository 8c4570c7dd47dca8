using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Features.SignIn;

/// <summary>The browser's way in: the authorize endpoint sends a person without a session to the sign-in page and back.</summary>
public sealed partial class SignInPageTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private const string Challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BrowserWithoutSession_LandsOnAFrenchSignInPage_WithLabelledFields()
    {
        var browser = factory.Browser();

        var authorize = await GetHtmlAsync(browser, Accounts.AuthorizeUrl(Challenge));

        authorize.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var signIn = authorize.Headers.Location!.ToString();
        signIn.ShouldStartWith("/account/sign-in?returnUrl=");
        var page = await GetHtmlAsync(browser, signIn);
        var html = await HtmlOf(page);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<html lang=\"fr\">");
        Regex.Count(html, "<h1[ >]").ShouldBe(1);
        html.ShouldContain("<h1>Se connecter</h1>");
        html.ShouldContain("<label for=\"email\">Adresse e-mail</label>");
        html.ShouldContain("<label for=\"password\">Mot de passe</label>");
        html.ShouldContain("<main");
        html.ShouldContain("<header");
        (await page.Content.ReadAsStringAsync(Ct)).ShouldContain("\"Segoe UI\"", Case.Sensitive, "the style is CSS, not HTML-encoded text");
    }

    [Fact]
    public async Task GoodPassword_ReturnsToTheAuthorizationRequest_WhichGivesTheClientACode()
    {
        var email = Accounts.NewEmail("page");
        await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();
        var signIn = (await GetHtmlAsync(browser, Accounts.AuthorizeUrl(Challenge))).Headers.Location!.ToString();

        var posted = await PostFormAsync(browser, signIn, email, Accounts.Password);

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync(Ct));
        var back = posted.Headers.Location!.ToString();
        back.ShouldStartWith("/connect/authorize?");
        var authorized = await GetHtmlAsync(browser, back);
        authorized.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        authorized.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(IdentityFactory.RedirectUri);
        QueryHelpers.ParseQuery(authorized.Headers.Location.Query)["code"].ToString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task WrongPassword_ShowsTheErrorOnThePasswordField_AndKeepsTheEmail()
    {
        var email = Accounts.NewEmail("wrong");
        await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();
        var signIn = (await GetHtmlAsync(browser, Accounts.AuthorizeUrl(Challenge))).Headers.Location!.ToString();

        var posted = await PostFormAsync(browser, signIn, email, "not the password at all");

        posted.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var html = await HtmlOf(posted);
        html.ShouldContain($"value=\"{email}\"");
        html.ShouldContain("aria-describedby=\"password-error\"");
        html.ShouldContain("<p class=\"error\" id=\"password-error\">Adresse e-mail ou mot de passe incorrect.");
        html.ShouldContain("<title>Erreur : Se connecter");
        (await GetHtmlAsync(browser, Accounts.AuthorizeUrl(Challenge))).Headers.Location!.ToString().ShouldStartWith("/account/sign-in", Case.Sensitive, "still no session");
    }

    [Fact]
    public async Task EmptyFields_AreNamedNextToThemselves()
    {
        var browser = factory.Browser();
        var signIn = (await GetHtmlAsync(browser, Accounts.AuthorizeUrl(Challenge))).Headers.Location!.ToString();

        var posted = await PostFormAsync(browser, signIn, "", "");

        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await HtmlOf(posted);
        html.ShouldContain("id=\"email-error\">Saisissez votre adresse e-mail.");
        html.ShouldContain("id=\"password-error\">Saisissez votre mot de passe.");
    }

    [Fact]
    public async Task EnglishAskedByTheClientOrPreferredByTheBrowser_GivesTheEnglishPage()
    {
        var browser = factory.Browser();
        var askedByClient = await GetHtmlAsync(browser, "/account/sign-in?returnUrl=" + Uri.EscapeDataString(Accounts.AuthorizeUrl(Challenge) + "&ui_locales=en"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        request.Headers.Add("Accept-Language", "en-GB,en;q=0.9,fr;q=0.5");
        var preferred = await browser.SendAsync(request, Ct);

        foreach (var page in new[] { askedByClient, preferred })
        {
            var html = await HtmlOf(page);
            html.ShouldContain("<html lang=\"en\">");
            html.ShouldContain("<h1>Sign in</h1>");
            html.ShouldContain("<label for=\"email\">E-mail address</label>");
        }
    }

    [Fact]
    public async Task FormWithoutItsAntiforgeryToken_SignsNobodyIn()
    {
        var email = Accounts.NewEmail("csrf");
        await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();

        var posted = await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = Accounts.Password,
            ["returnUrl"] = Accounts.AuthorizeUrl(Challenge),
        }), Ct);

        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await HtmlOf(posted)).ShouldContain("Le formulaire a expiré.");
        (await GetHtmlAsync(browser, Accounts.AuthorizeUrl(Challenge))).Headers.Location!.ToString().ShouldStartWith("/account/sign-in");
    }

    [Fact]
    public async Task ReturnUrlOfAnotherSite_IsNeverFollowed()
    {
        var email = Accounts.NewEmail("open-redirect");
        await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();

        var posted = await PostFormAsync(browser, "/account/sign-in?returnUrl=" + Uri.EscapeDataString("https://evil.example/steal"), email, Accounts.Password);

        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HtmlOf(posted)).ShouldContain("Vous êtes connecté.");
    }

    [Fact]
    public async Task PromptLogin_AsksForThePasswordOnce_ThenIssuesTheCode()
    {
        var email = Accounts.NewEmail("prompt");
        await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();
        (await browser.LoginAsync(email)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var signIn = (await GetHtmlAsync(browser, Accounts.AuthorizeUrl(Challenge) + "&prompt=login")).Headers.Location!.ToString();
        signIn.ShouldStartWith("/account/sign-in", Case.Sensitive, "prompt=login asks for the password despite the session");
        var back = (await PostFormAsync(browser, signIn, email, Accounts.Password)).Headers.Location!.ToString();
        var authorized = await GetHtmlAsync(browser, back);

        authorized.Headers.Location!.GetLeftPart(UriPartial.Path).ShouldBe(IdentityFactory.RedirectUri);
    }

    [Fact]
    public async Task EndSession_EndsTheBrowsersSession()
    {
        var email = Accounts.NewEmail("end-session");
        await factory.RegisterConfirmedAsync(email);
        var browser = factory.Browser();
        (await browser.LoginAsync(email)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var ended = await GetHtmlAsync(browser, "/connect/endsession");

        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await GetHtmlAsync(browser, Accounts.AuthorizeUrl(Challenge))).Headers.Location!.ToString().ShouldStartWith("/account/sign-in");
    }

    // The page encodes letters beyond ASCII as character references (é → &#xE9;): read it as a browser shows it.
    private static async Task<string> HtmlOf(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    private static Task<HttpResponseMessage> GetHtmlAsync(HttpClient browser, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept", "text/html,application/xhtml+xml");
        return browser.SendAsync(request, Ct);
    }

    /// <summary>What a browser does: load the page (its anti-forgery cookie and token), fill the form, submit it.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string signInUrl, string email, string password)
    {
        var html = await (await GetHtmlAsync(browser, signInUrl)).Content.ReadAsStringAsync(Ct);
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        fields["email"] = email;
        fields["password"] = password;
        return await browser.PostAsync("/account/sign-in", new FormUrlEncodedContent(fields), Ct);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
