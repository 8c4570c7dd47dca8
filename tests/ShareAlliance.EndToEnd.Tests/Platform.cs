using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ShareAlliance.Testing;

namespace ShareAlliance.EndToEnd.Tests;

/// <summary>Needs and Matching as real processes on the real broker and database, each in a fresh schema.</summary>
public sealed class Platform : IAsyncLifetime
{
    public string NeedsSchema { get; } = TestEnvironment.NewSchemaName("needs");

    public string MatchingSchema { get; } = TestEnvironment.NewSchemaName("matching");

    public ServiceProcess Needs { get; private set; } = null!;

    public ServiceProcess Matching { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Needs = new ServiceProcess("Needs", new Dictionary<string, string> { ["Marten__Schema"] = NeedsSchema });
        Matching = new ServiceProcess("Matching", new Dictionary<string, string>
        {
            ["Marten__Schema"] = MatchingSchema,
            // Queues of their own, so leftovers of other runs never steal these messages.
            ["RabbitMq__QueuePrefix"] = MatchingSchema.Replace('_', '-'),
        });
        await Task.WhenAll(Needs.StartAsync(), Matching.StartAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Needs.DisposeAsync();
        await Matching.DisposeAsync();
        await Database.DropSchemaAsync(NeedsSchema);
        await Database.DropSchemaAsync(MatchingSchema);
    }

    public static object NewNeed(string title) => new
    {
        title,
        category = "SECURITY",
        requiredSkills = new[] { new { skill = "security.backup", minimumLevel = 2 } },
    };

    public static async Task<Guid> IdOf(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>What Matching knows of a need, or null while it does not know it.</summary>
    public async Task<JsonElement?> KnownToMatching(Guid needId)
    {
        using var client = Matching.CreateClient();
        var response = await client.GetAsync($"/needs/{needId}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public Task<JsonElement> ArrivesInMatching(Guid needId, TimeSpan timeout) =>
        Eventually.GetAsync(async () => await KnownToMatching(needId) is { } known ? (object)known : null, timeout, $"need {needId} in Matching")
            .ContinueWith(t => (JsonElement)t.Result, TaskScheduler.Default);
}

[CollectionDefinition(nameof(PlatformGroup))]
public sealed class PlatformGroup : ICollectionFixture<Platform>;
