using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ShareAlliance.Testing;

namespace ShareAlliance.EndToEnd.Tests;

/// <summary>Identity, Needs, Volunteers, Funding and Matching as real processes on the real broker and database, each in fresh storage.</summary>
public sealed class Platform : IAsyncLifetime
{
    private readonly string mailboxFolder = Path.Combine(Path.GetTempPath(), $"sa-e2e-mailbox-{Guid.NewGuid():N}");
    private readonly TestDatabase identityDatabase = new("e2e_identity");

    public string NeedsSchema { get; } = TestEnvironment.NewSchemaName("needs");

    public string MatchingSchema { get; } = TestEnvironment.NewSchemaName("matching");

    public string FundingSchema { get; } = TestEnvironment.NewSchemaName("funding");
    public string VolunteersSchema { get; } = TestEnvironment.NewSchemaName("volunteers");

    public ServiceProcess Identity { get; private set; } = null!;

    public ServiceProcess Needs { get; private set; } = null!;

    public ServiceProcess Matching { get; private set; } = null!;

    public ServiceProcess Funding { get; private set; } = null!;
    public ServiceProcess Volunteers { get; private set; } = null!;

    public IdentityAccounts Accounts { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Identity = new ServiceProcess("Identity", new Dictionary<string, string> { ["RabbitMq__QueuePrefix"] = $"e2e-{identityDatabase.Name[^8..]}" });
        foreach (var (key, value) in IdentityAccounts.Settings(Identity.BaseAddress, mailboxFolder, identityDatabase.ConnectionString))
        {
            Identity.Environment[key] = value;
        }

        var trustIdentity = new Dictionary<string, string>
        {
            ["Auth__Authority"] = Identity.BaseAddress.ToString(),
            ["Auth__RequireHttpsMetadata"] = "false",
        };
        Needs = new ServiceProcess("Needs", new Dictionary<string, string>(trustIdentity) { ["Marten__Schema"] = NeedsSchema });
        Matching = new ServiceProcess("Matching", new Dictionary<string, string>(trustIdentity)
        {
            ["Marten__Schema"] = MatchingSchema,
            // Queues of their own, so leftovers of other runs never steal these messages.
            ["RabbitMq__QueuePrefix"] = MatchingSchema.Replace('_', '-'),
        });
        Funding = new ServiceProcess("Funding", new Dictionary<string, string>(trustIdentity)
        {
            ["Marten__Schema"] = FundingSchema,
            ["RabbitMq__QueuePrefix"] = FundingSchema.Replace('_', '-'),
        });
        Volunteers = new ServiceProcess("Volunteers", new Dictionary<string, string>(trustIdentity)
        {
            ["Marten__Schema"] = VolunteersSchema,
            ["RabbitMq__QueuePrefix"] = VolunteersSchema.Replace('_', '-'),
        });
        Accounts = new IdentityAccounts(Identity.BaseAddress, new Mailbox(mailboxFolder));
        await Identity.StartAsync();
        await Task.WhenAll(Needs.StartAsync(), Matching.StartAsync(), Volunteers.StartAsync(), Funding.StartAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Needs.DisposeAsync();
        await Matching.DisposeAsync();
        await Funding.DisposeAsync();
        await Volunteers.DisposeAsync();
        await Identity.DisposeAsync();
        await Database.DropSchemaAsync(NeedsSchema);
        await Database.DropSchemaAsync(MatchingSchema);
        await Database.DropSchemaAsync(VolunteersSchema);
        await Database.DropSchemaAsync(FundingSchema);
        await identityDatabase.DropAsync();
        if (Directory.Exists(mailboxFolder))
        {
            Directory.Delete(mailboxFolder, recursive: true);
        }
    }

    public static HttpClient With(ServiceProcess service, string token)
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>
    /// A person registers an association in Needs; Identity hears of it on the bus and makes them its owner; a coordinator
    /// verifies it. Returns the association and a Needs client with the owner's fresh token.
    /// </summary>
    public async Task<(Guid AssociationId, HttpClient Member)> VerifiedAssociationAsync()
    {
        var (_, email, token) = await Accounts.SignedInAsync("association_member", Ct);
        using var registering = With(Needs, token);
        var registered = await registering.PostAsJsonAsync("/associations", new
        {
            name = "Les Amis du Numérique Solidaire",
            rna = "W751234567",
            causes = (string[])["digital-inclusion"],
            departement = "75",
            city = "Paris",
            size = "Small",
        }, Ct);
        var associationId = await IdOf(registered);

        var ownerToken = await Eventually.GetAsync(
            async () => await Accounts.AccessTokenAsync(email, Ct) is var t && Payload(t).Contains(associationId.ToString()) ? t : null,
            TimeSpan.FromSeconds(15), "identity to grant the association's ownership");
        using var coordinator = With(Needs, await Accounts.CoordinatorTokenAsync(Ct));
        (await coordinator.PostAsync($"/associations/{associationId}/verify", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (associationId, With(Needs, ownerToken));
    }

    public static object NeedBody(Guid associationId, string title) => new
    {
        associationId,
        title,
        description = "Mettre en place des sauvegardes automatiques des postes et du serveur de fichiers.",
        category = "SECURITY",
        format = "OneOffMission",
        workMode = "Remote",
        effortHours = 12,
        deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(2)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        urgency = "High",
        languages = new[] { "fr" },
        requiredSkills = new[] { new { skill = "security.backups", minimumLevel = 2 } },
        budget = 120m,
    };

    public static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>What Matching knows of a need (asked as a coordinator), or null while it does not know it.</summary>
    public async Task<JsonElement?> KnownToMatching(Guid needId)
    {
        coordinatorToken ??= await Accounts.CoordinatorTokenAsync(Ct);
        using var client = With(Matching, coordinatorToken);
        var response = await client.GetAsync($"/needs/{needId}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>What Matching knows of a volunteer (asked as a coordinator), or null while it does not know them.</summary>
    public async Task<JsonElement?> VolunteerKnownToMatching(Guid volunteerId)
    {
        coordinatorToken ??= await Accounts.CoordinatorTokenAsync(Ct);
        using var client = With(Matching, coordinatorToken);
        var response = await client.GetAsync($"/volunteers/{volunteerId}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> ArrivesInMatching(Guid needId, TimeSpan timeout, Func<JsonElement, bool>? until = null) =>
        (JsonElement)await Eventually.GetAsync(
            async () => await KnownToMatching(needId) is { } known && (until?.Invoke(known) ?? true) ? (object)known : null,
            timeout, $"need {needId} in Matching");

    private string? coordinatorToken;

    private static string Payload(string jwt) =>
        System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(jwt.Split('.')[1]));
}

[CollectionDefinition(nameof(PlatformGroup))]
public sealed class PlatformGroup : ICollectionFixture<Platform>;
