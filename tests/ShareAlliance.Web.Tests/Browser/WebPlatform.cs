using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using ShareAlliance.Testing;

namespace ShareAlliance.Web.Tests.Browser;

/// <summary>
/// Identity, Needs, Volunteers, Funding and Matching as real processes (fresh storage, the real broker), an alliance seeded
/// through their APIs (a verified association with two open needs and a third one staffed by a confirmed volunteer; a
/// funder's pledge to the security need), the web front end as a real process in front of them (Identity knows its sign-in
/// and sign-out callbacks), and Debian's Chromium.
/// </summary>
public sealed class WebPlatform : IAsyncLifetime
{
    public const string SecurityNeed = "Sauvegardes des postes";
    public const string WebsiteNeed = "Refaire le site de l'association";
    public const string StaffedNeed = "Tableau de bord des adhésions";

    /// <summary>What the funder pledges to the security need (budget 1 234,56 €).</summary>
    public const decimal Pledged = 1_000m;

    /// <summary>The hours a month the association and the staffed need's volunteer agree on (within their 10 h available).</summary>
    public const int VolunteerHours = 6;

    private readonly string mailboxFolder = Path.Combine(Path.GetTempPath(), $"sa-web-mailbox-{Guid.NewGuid():N}");
    private readonly TestDatabase identityDatabase = new("web_identity");
    private readonly string needsSchema = TestEnvironment.NewSchemaName("webneeds");
    private readonly string volunteersSchema = TestEnvironment.NewSchemaName("webvolunteers");
    private readonly string fundingSchema = TestEnvironment.NewSchemaName("webfunding");
    private readonly string matchingSchema = TestEnvironment.NewSchemaName("webmatching");
    private readonly Dictionary<string, string> webSettings = [];
    private IPlaywright? playwright;

    public WebProcess Web { get; private set; } = null!;

    public ServiceProcess Identity { get; private set; } = null!;

    public ServiceProcess Needs { get; private set; } = null!;

    public ServiceProcess Volunteers { get; private set; } = null!;

    public ServiceProcess Funding { get; private set; } = null!;

    public ServiceProcess Matching { get; private set; } = null!;

    /// <summary>Accounts through Identity's API (register, confirm from the mailbox, tokens), for arranging a test.</summary>
    public IdentityAccounts Accounts { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Guid SecurityNeedId { get; private set; }

    public DateOnly SecurityNeedDeadline { get; } = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(2));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Web = new WebProcess(webSettings);
        Identity = new ServiceProcess("Identity", new Dictionary<string, string> { ["RabbitMq__QueuePrefix"] = $"web-{identityDatabase.Name[^8..]}" });
        foreach (var (key, value) in IdentityAccounts.Settings(Identity.BaseAddress, mailboxFolder, identityDatabase.ConnectionString))
        {
            Identity.Environment[key] = value;
        }

        // The web front end's callbacks, beside the one IdentityAccounts' API flows use.
        Identity.Environment["Identity__Clients__Web__RedirectUris__1"] = new Uri(Web.BaseAddress, "signin-callback").ToString();
        Identity.Environment["Identity__Clients__Web__PostLogoutRedirectUris__0"] = new Uri(Web.BaseAddress, "signout-callback").ToString();

        var trustIdentity = new Dictionary<string, string>
        {
            ["Auth__Authority"] = Identity.BaseAddress.ToString(),
            ["Auth__RequireHttpsMetadata"] = "false",
            // The seed and the journeys' waits poll as one person every 25 ms (2,400 a minute): the per-person limit (600) would
            // answer 429 whenever the bus is slow, as seen on a busy machine. The limits have tests of their own.
            ["RateLimits__PerMinute"] = "100000",
        };
        Needs = new ServiceProcess("Needs", new Dictionary<string, string>(trustIdentity) { ["Marten__Schema"] = needsSchema });
        Volunteers = Service("Volunteers", volunteersSchema, trustIdentity);
        Funding = Service("Funding", fundingSchema, trustIdentity);
        Matching = Service("Matching", matchingSchema, trustIdentity);
        await Identity.StartAsync(cancellationToken: Ct);
        await Task.WhenAll(
            Needs.StartAsync(cancellationToken: Ct),
            Volunteers.StartAsync(cancellationToken: Ct),
            Funding.StartAsync(cancellationToken: Ct),
            Matching.StartAsync(cancellationToken: Ct));
        Accounts = new IdentityAccounts(Identity.BaseAddress, new Mailbox(mailboxFolder));
        await SeedAsync(Accounts);

        webSettings["Services__Identity"] = Identity.BaseAddress.ToString();
        webSettings["Services__Needs"] = Needs.BaseAddress.ToString();
        webSettings["Services__Volunteers"] = Volunteers.BaseAddress.ToString();
        webSettings["Services__Funding"] = Funding.BaseAddress.ToString();
        webSettings["Services__Matching"] = Matching.BaseAddress.ToString();
        await Web.StartAsync(Ct);

        File.Exists(ChromiumPath).ShouldBeTrue($"{ChromiumPath} is missing: ./test.sh installs Debian's chromium package (apt-get install chromium).");
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new confirmed account of that kind (association_member, volunteer, employer_admin, funder): its e-mail; the password is <see cref="IdentityAccounts.Password"/>.</summary>
    public async Task<string> NewPersonAsync(string accountType)
    {
        var email = IdentityAccounts.NewEmail(accountType.Replace('_', '-'));
        await Accounts.RegisterConfirmedAsync(email, accountType, Ct);
        return email;
    }

    /// <summary>
    /// A volunteer with a remote profile (the skill at that level, hours a month), known to Matching: their user id, e-mail and
    /// access token (for arranging through the APIs what the test does not do in the browser).
    /// </summary>
    public async Task<(Guid Id, string Email, string Token)> VolunteerWithProfileAsync(string skill, int level, int hoursPerMonth = 20)
    {
        var (id, email, token) = await Accounts.SignedInAsync("volunteer", Ct);
        using var volunteers = With(Volunteers, token);
        (await volunteers.PutAsJsonAsync("/volunteers/me", new Dictionary<string, object?>
        {
            ["displayName"] = "Camille Martin",
            ["skills"] = new[] { new { skill, level } },
            ["hoursPerMonth"] = hoursPerMonth,
            ["workMode"] = "Remote",
            ["languages"] = (string[])["fr", "en"],
            ["acceptsSensitiveNeeds"] = false,
        }, Ct)).EnsureSuccessStatusCode();
        var coordinator = await Accounts.CoordinatorTokenAsync(Ct);
        using var matching = With(Matching, coordinator);
        await Eventually.GetAsync(
            async () => (await matching.GetAsync(new Uri($"/volunteers/{id}", UriKind.Relative), Ct)).IsSuccessStatusCode ? (object)true : null,
            TimeSpan.FromSeconds(15), "the volunteer in Matching");
        return (id, email, token);
    }

    /// <summary>A new association member whose association (registered through the API) is verified: their e-mail and the association's id.</summary>
    public async Task<(string Email, Guid AssociationId)> VerifiedAssociationMemberAsync(string name)
    {
        var (_, email, token) = await Accounts.SignedInAsync("association_member", Ct);
        using var registering = With(Needs, token);
        var associationId = await IdOf(await registering.PostAsJsonAsync("/associations", new
        {
            name,
            rna = "W691234567",
            departement = "69",
            city = "Lyon",
            size = "Small",
        }, Ct));
        await Eventually.GetAsync(
            async () => await Accounts.AccessTokenAsync(email, Ct) is var t && Payload(t).Contains(associationId.ToString(), StringComparison.Ordinal) ? t : null,
            TimeSpan.FromSeconds(15), "identity to grant the association's ownership");
        await VerifyAssociationAsync(associationId);
        return (email, associationId);
    }

    /// <summary>A coordinator verifies the association (through the needs API), so its needs can be published.</summary>
    public async Task VerifyAssociationAsync(Guid associationId)
    {
        using var coordinator = With(Needs, await Accounts.CoordinatorTokenAsync(Ct));
        (await coordinator.PostAsync(new Uri($"/associations/{associationId}/verify", UriKind.Relative), null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static HttpClient With(ServiceProcess service, string token)
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A fresh browser context (no cookies: nobody signed in; a French browser), one page.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "fr-FR" });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private static ServiceProcess Service(string name, string schema, Dictionary<string, string> trustIdentity) =>
        new(name, new Dictionary<string, string>(trustIdentity)
        {
            ["Marten__Schema"] = schema,
            // Queues of their own, so leftovers of other runs never steal these messages.
            ["RabbitMq__QueuePrefix"] = schema.Replace('_', '-'),
        });

    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] French = ["fr"];

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await (Web?.DisposeAsync() ?? ValueTask.CompletedTask);
        foreach (var service in new[] { Needs, Volunteers, Funding, Matching, Identity })
        {
            await (service?.DisposeAsync() ?? ValueTask.CompletedTask);
        }

        foreach (var schema in new[] { needsSchema, volunteersSchema, fundingSchema, matchingSchema })
        {
            await Database.DropSchemaAsync(schema);
        }

        await identityDatabase.DropAsync();
        if (Directory.Exists(mailboxFolder))
        {
            Directory.Delete(mailboxFolder, recursive: true);
        }
    }

    /// <summary>
    /// A volunteer declares their skills; a person registers an association, Identity makes them its owner, a coordinator
    /// verifies it; it publishes three needs, and confirms the volunteer matching proposes for the third (staffed). A funder
    /// opens an offer and pledges to the security need.
    /// </summary>
    private async Task SeedAsync(IdentityAccounts accounts)
    {
        var coordinatorToken = await accounts.CoordinatorTokenAsync(Ct);
        var (volunteerId, volunteerToken) = await VolunteerAsync(accounts, coordinatorToken);

        var (_, email, token) = await accounts.SignedInAsync("association_member", Ct);
        using var registering = With(Needs, token);
        var associationId = await IdOf(await registering.PostAsJsonAsync("/associations", new
        {
            name = "Les Amis du Numérique Solidaire",
            rna = "W751234567",
            causes = (string[])["digital-inclusion"],
            departement = "75",
            city = "Paris",
            size = "Small",
        }, Ct));

        var ownerToken = await GrantedAsync(accounts, email, associationId, "identity to grant the association's ownership");
        using var coordinator = With(Needs, coordinatorToken);
        (await coordinator.PostAsync(new Uri($"/associations/{associationId}/verify", UriKind.Relative), null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var member = With(Needs, ownerToken);
        SecurityNeedId = await PublishAsync(member, NeedBody(associationId, SecurityNeed, "SECURITY", "security.backups", SecurityNeedDeadline));
        await PublishAsync(member, NeedBody(associationId, WebsiteNeed, "COMM", "web.wordpress", SecurityNeedDeadline.AddMonths(1)));
        var staffed = await PublishAsync(member, NeedBody(associationId, StaffedNeed, "DATA", "data.metabase", SecurityNeedDeadline.AddMonths(1)));

        await StaffAsync(staffed, volunteerId, volunteerToken, ownerToken, member);
        await PledgeAsync(accounts, SecurityNeedId);
    }

    private async Task<(Guid Id, string Token)> VolunteerAsync(IdentityAccounts accounts, string coordinatorToken)
    {
        var (id, _, token) = await accounts.SignedInAsync("volunteer", Ct);
        using var profile = With(Volunteers, token);
        (await profile.PutAsJsonAsync("/volunteers/me", new Dictionary<string, object?>
        {
            ["displayName"] = "Camille Martin",
            ["contactEmail"] = "camille.martin@example.org",
            ["skills"] = new[] { new { skill = "data.metabase", level = 4 } },
            ["hoursPerMonth"] = 10,
            ["workMode"] = "Remote",
            ["languages"] = French,
            ["acceptsSensitiveNeeds"] = false,
        }, Ct)).EnsureSuccessStatusCode();
        using var known = With(Matching, coordinatorToken);
        await Eventually.GetAsync(
            async () => (await known.GetAsync(new Uri($"/volunteers/{id}", UriKind.Relative), Ct)).StatusCode == HttpStatusCode.OK ? new object() : null,
            TimeSpan.FromSeconds(30), "the volunteer to reach matching");
        return (id, token);
    }

    /// <summary>Matching proposes the volunteer for the need; they accept, the association confirms, Needs hears it is staffed.</summary>
    private async Task StaffAsync(Guid needId, Guid volunteerId, string volunteerToken, string associationToken, HttpClient member)
    {
        using var volunteer = With(Matching, volunteerToken);
        var proposalId = (Guid)await Eventually.GetAsync(
            async () => (await volunteer.GetFromJsonAsync<JsonElement>("/volunteers/me/proposals", Ct)).EnumerateArray()
                .Where(p => p.GetProperty("needId").GetGuid() == needId).Select(p => (object?)p.GetProperty("id").GetGuid()).FirstOrDefault(),
            TimeSpan.FromSeconds(30), $"matching to propose volunteer {volunteerId}");
        (await volunteer.PostAsync(new Uri($"/proposals/{proposalId}/accept", UriKind.Relative), null, Ct)).EnsureSuccessStatusCode();
        using var association = With(Matching, associationToken);
        (await association.PostAsJsonAsync($"/proposals/{proposalId}/confirm", new { hoursPerMonth = VolunteerHours }, Ct)).EnsureSuccessStatusCode();
        await Eventually.GetAsync(
            async () => JsonDocument.Parse(await member.GetStringAsync(new Uri($"/needs/{needId}", UriKind.Relative), Ct)).RootElement.GetProperty("status").GetString() == "Staffed" ? new object() : null,
            TimeSpan.FromSeconds(30), "the need to become staffed in Needs");
    }

    /// <summary>A funder registers, opens an Île-de-France security offer and pledges once funding knows the need.</summary>
    private async Task PledgeAsync(IdentityAccounts accounts, Guid needId)
    {
        var (_, email, token) = await accounts.SignedInAsync("funder", Ct);
        using var registering = With(Funding, token);
        var funderId = await IdOf(await registering.PostAsJsonAsync("/funders", new { name = "Fondation pour le numérique solidaire", type = "Foundation" }, Ct));
        using var funder = With(Funding, await GrantedAsync(accounts, email, funderId, "identity to grant the funder's membership"));
        var offerId = await IdOf(await funder.PostAsJsonAsync("/offers", new
        {
            funderId,
            title = "Cybersécurité des associations franciliennes",
            totalBudget = 5_000m,
            maximumPerNeed = 2_000m,
            categories = (string[])["SECURITY"],
            regions = (string[])["11"],
            deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(6)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, Ct));
        (await funder.PostAsync(new Uri($"/offers/{offerId}/open", UriKind.Relative), null, Ct)).EnsureSuccessStatusCode();
        await Eventually.GetAsync(
            async () => (await funder.GetFromJsonAsync<JsonElement>($"/offers/{offerId}/eligible-needs", Ct)).EnumerateArray()
                .Any(n => n.GetProperty("needId").GetGuid() == needId) ? new object() : null,
            TimeSpan.FromSeconds(30), "the security need to become fundable");
        (await funder.PostAsJsonAsync($"/offers/{offerId}/pledges", new { needId, amount = Pledged }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    /// <summary>The person's next token once Identity heard their organisation was registered (it then carries its id).</summary>
    private static Task<string> GrantedAsync(IdentityAccounts accounts, string email, Guid organisationId, string what) =>
        Eventually.GetAsync(
            async () => await accounts.AccessTokenAsync(email, Ct) is var t && Payload(t).Contains(organisationId.ToString(), StringComparison.Ordinal) ? t : null,
            TimeSpan.FromSeconds(30), what);

    private static async Task<Guid> PublishAsync(HttpClient member, object body)
    {
        var id = await IdOf(await member.PostAsJsonAsync("/needs", body, Ct));
        (await member.PostAsync(new Uri($"/needs/{id}/publish", UriKind.Relative), null, Ct)).EnsureSuccessStatusCode();
        return id;
    }

    private static object NeedBody(Guid associationId, string title, string category, string skill, DateOnly deadline) => new
    {
        associationId,
        title,
        description = "Un besoin de l'association, décrit pour les bénévoles.",
        category,
        format = "OneOffMission",
        workMode = "Remote",
        effortHours = 12,
        deadline = deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        urgency = "High",
        languages = new[] { "fr" },
        requiredSkills = new[] { new { skill, minimumLevel = 2 } },
        budget = 1234.56m,
    };


    private static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private static string Payload(string jwt) =>
        System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(jwt.Split('.')[1]));
}

[CollectionDefinition(nameof(WebPlatformGroup))]
public sealed class WebPlatformGroup : ICollectionFixture<WebPlatform>;

/// <summary>
/// Journeys that publish needs get a platform of their own: the public journeys count the needs they see.
/// </summary>
[CollectionDefinition(nameof(PublishingPlatformGroup))]
public sealed class PublishingPlatformGroup : ICollectionFixture<WebPlatform>;
