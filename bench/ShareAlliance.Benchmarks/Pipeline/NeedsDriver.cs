using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Benchmarks.Pipeline;

/// <summary>One POST /needs/{id}/publish: when it left (wall clock, UTC) and what came back.</summary>
internal sealed record Posting(DateTime SentAtUtc, TimeSpan ScheduleLag, TimeSpan RoundTrip, Guid? NeedId, DateTimeOffset? PublishedAt, string? Error)
{
    public bool Accepted => NeedId is not null;

    /// <summary>Why posts failed, grouped: "3 × HTTP 503 Service Unavailable".</summary>
    public static IReadOnlyList<string> Failures(IEnumerable<Posting> postings) =>
        [.. postings.Where(p => !p.Accepted).GroupBy(p => p.Error).OrderByDescending(g => g.Count()).Take(5).Select(g => $"{g.Count()} × {g.Key}")];
}

/// <summary>
/// The driver's side of Needs, as the association's member: drafts needs ahead of a window (not measured), then publishes
/// them at a fixed rate whatever the answers do (open loop): publication i is due at start + i / rate, and each is its own
/// task, so a slow answer never delays the next one. One SocketsHttpHandler pools the connections.
/// </summary>
internal sealed class NeedsDriver : IDisposable
{
    private static readonly string[] Categories = [.. NeedCategories.All.Select(c => c.Code)];

    private readonly HttpClient http;

    public NeedsDriver(Uri needsService, string accessToken, int connections)
    {
        http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        {
            BaseAddress = needsService,
            Timeout = TimeSpan.FromSeconds(30),
        };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
    }

    /// <summary>Drafts <paramref name="count"/> needs, a few at a time; drafts stay inside Needs, so Matching sees nothing yet.</summary>
    public async Task<Guid[]> DraftAsync(Guid associationId, int count, CancellationToken cancellationToken)
    {
        var drafts = new Guid[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            using var response = await http.PostAsJsonAsync(new Uri("/needs", UriKind.Relative), NeedBody(associationId, i), ct);
            drafts[i] = response.StatusCode == HttpStatusCode.Created
                ? (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetGuid()
                : throw new InvalidOperationException($"Drafting a need failed: {await Describe(response, ct)}");
        });
        return drafts;
    }

    public async Task<Posting[]> PublishAsync(IReadOnlyList<Guid> drafts, double rate, CancellationToken cancellationToken)
    {
        var sends = new Task<Posting>[drafts.Count];
        var ticksPerNeed = Stopwatch.Frequency / rate;
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < drafts.Count; i++)
        {
            var due = start + (long)(i * ticksPerNeed);
            var early = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (early > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(early, cancellationToken);
            }

            sends[i] = PublishAsync(drafts[i], Stopwatch.GetElapsedTime(due), cancellationToken);
        }

        return await Task.WhenAll(sends);
    }

    public void Dispose() => http.Dispose();

    private async Task<Posting> PublishAsync(Guid draft, TimeSpan lag, CancellationToken cancellationToken)
    {
        var sentAt = DateTime.UtcNow;
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(new Uri($"/needs/{draft}/publish", UriKind.Relative), content: null, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new Posting(sentAt, lag, Stopwatch.GetElapsedTime(started), null, null, await Describe(response, cancellationToken));
            }

            var details = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return new Posting(sentAt, lag, Stopwatch.GetElapsedTime(started),
                details.GetProperty("id").GetGuid(), details.GetProperty("publishedAt").GetDateTimeOffset(), null);
        }
        catch (HttpRequestException e)
        {
            return new Posting(sentAt, lag, Stopwatch.GetElapsedTime(started), null, null, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Posting(sentAt, lag, Stopwatch.GetElapsedTime(started), null, null, "no answer within 30 s");
        }
    }

    // Status and problem title, without the per-request trace id, so identical failures group together.
    private static async Task<string> Describe(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            var errors = problem.TryGetProperty("errors", out var fields) ? $" {fields}" : string.Empty;
            return $"HTTP {(int)response.StatusCode} {problem.GetProperty("title").GetString()}{errors}";
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"HTTP {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}";
        }
    }

    private static object NeedBody(Guid associationId, int n)
    {
        var category = Categories[n % Categories.Length];
        var skills = Skills.ForCategory(category) is { Count: > 0 } forCategory ? forCategory : Skills.All;
        return new
        {
            associationId,
            title = $"Besoin de test de charge n°{n}",
            description = "Mesure du chemin besoin publié → connu du matching.",
            category,
            format = "OneOffMission",
            workMode = "Remote",
            effortHours = 4 + (n % 40),
            deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(2)),
            urgency = "Normal",
            languages = new[] { "fr" },
            requiredSkills = new[] { new { skill = skills[n % skills.Count].Slug, minimumLevel = 1 + (n % 4) } },
            budget = 100m + (n % 50),
        };
    }
}
