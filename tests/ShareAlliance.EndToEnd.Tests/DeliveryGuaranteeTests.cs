using System.Diagnostics;
using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.Testing;

namespace ShareAlliance.EndToEnd.Tests;

/// <summary>No accepted need is lost and none is applied twice: duplicates, a crash after commit, a broker outage.</summary>
[Collection(nameof(PlatformGroup))]
public sealed class DeliveryGuaranteeTests(Platform platform)
{
    [Fact]
    public async Task MessageDeliveredTwice_ChangesMatchingOnce()
    {
        var needId = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        var bus = await StartBus();
        try
        {
            await bus.Publish(Contract(needId, 1, "Premier envoi"), ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);
            (await platform.ArrivesInMatching(needId, TimeSpan.FromSeconds(10))).GetProperty("facts").GetProperty("title").GetString().ShouldBe("Premier envoi");

            // The same MessageId again, even with newer content, is a redelivery: acknowledged and skipped.
            await bus.Publish(Contract(needId, 2, "Rejoué"), ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);
            // A later message on the same queue proves the duplicate was consumed before we look.
            var sentinel = Guid.NewGuid();
            await bus.Publish(Contract(sentinel, 1, "Témoin"), ctx => ctx.MessageId = Guid.NewGuid(), TestContext.Current.CancellationToken);
            await platform.ArrivesInMatching(sentinel, TimeSpan.FromSeconds(10));
            await Task.Delay(500, TestContext.Current.CancellationToken);

            var known = (await platform.KnownToMatching(needId))!.Value;
            known.GetProperty("facts").GetProperty("title").GetString().ShouldBe("Premier envoi");
            known.GetProperty("version").GetInt64().ShouldBe(1);
        }
        finally
        {
            await bus.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task NeedsKilledRightAfterCommit_NeedStillReachesMatchingExactlyOnce()
    {
        var (associationId, member) = await platform.VerifiedAssociationAsync();
        var id = await Platform.IdOf(await member.PostAsJsonAsync("/needs", Platform.NeedBody(associationId, "Audit RGPD"), TestContext.Current.CancellationToken));
        var key = Guid.NewGuid().ToString();
        await platform.Needs.KillAsync();
        await platform.Needs.StartAsync(new Dictionary<string, string> { ["Failpoints__KillAfterCommit"] = "PublishNeedCommand" }, TestContext.Current.CancellationToken);

        // The process dies between its commit and its answer: the association cannot know whether the need was published.
        await Should.ThrowAsync<HttpRequestException>(async () => { using var _ = await PublishWithKey(member, id, key); });
        await platform.Needs.WaitForExitAsync(TimeSpan.FromSeconds(10));

        await platform.Needs.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        // It retries with its key: it gets the answer of the publication saved before the crash, not a second one.
        using var retried = await PublishWithKey(member, id, key);
        retried.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await retried.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        retried.Headers.ETag!.Tag.ShouldBe("\"2\"");

        (await platform.ArrivesInMatching(id, TimeSpan.FromSeconds(15))).GetProperty("status").GetString().ShouldBe("Published");
        // The relay may publish it twice (its progress was not saved before the kill); Matching records it once.
        await Task.Delay(1_000, TestContext.Current.CancellationToken);
        var inboxed = await Database.CountAsync(
            $"select count(*) from {platform.MatchingSchema}.mt_doc_idempotencyrecord r join {platform.NeedsSchema}.mt_events e on r.id like 'inbox:%:' || e.id::text where e.stream_id = '{id}'",
            TestContext.Current.CancellationToken);
        inboxed.ShouldBe(1);
    }

    [Fact]
    public async Task BrokerStoppedTenSeconds_EveryNeedPostedMeanwhileReachesMatching()
    {
        var (associationId, member) = await platform.VerifiedAssociationAsync();
        var drafts = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            drafts.Add(await Platform.IdOf(await member.PostAsJsonAsync("/needs", Platform.NeedBody(associationId, $"Pendant la panne {i}"), TestContext.Current.CancellationToken)));
        }

        var matchingToken = await platform.Accounts.CoordinatorTokenAsync(TestContext.Current.CancellationToken);
        await Rabbit("stop_app");
        var ids = new List<Guid>();
        try
        {
            var outage = Stopwatch.StartNew();
            // Needs keeps accepting: its events wait in PostgreSQL, the relay keeps retrying.
            foreach (var draft in drafts)
            {
                (await member.PostAsync($"/needs/{draft}/publish", null, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
                ids.Add(draft);
            }

            using (var matching = platform.Matching.CreateClient())
            {
                // Readiness tells an orchestrator the truth: without its broker, Matching cannot do its work.
                var ready = await Eventually.GetAsync(
                    async () => (await matching.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode == System.Net.HttpStatusCode.ServiceUnavailable ? "unready" : null,
                    TimeSpan.FromSeconds(10), "Matching to report itself not ready");
                ready.ShouldBe("unready");
            }

            await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (TimeSpan.FromSeconds(10) - outage.Elapsed).Ticks)), TestContext.Current.CancellationToken);
            using var asCoordinator = Platform.With(platform.Matching, matchingToken);
            foreach (var id in ids)
            {
                (await asCoordinator.GetAsync($"/needs/{id}", TestContext.Current.CancellationToken)).StatusCode
                    .ShouldBe(System.Net.HttpStatusCode.NotFound, "nothing can cross a stopped broker");
            }
        }
        finally
        {
            await Rabbit("start_app");
        }

        foreach (var id in ids)
        {
            await platform.ArrivesInMatching(id, TimeSpan.FromSeconds(60));
        }
    }

    private static Contracts.Needs.NeedPublished Contract(Guid id, long version, string title) =>
        new(id, version, Guid.NewGuid(), title, "DATA", [new Contracts.Needs.RequiredSkill("data.sql", 2)],
            new("OneOffMission", "Remote", null, 10, new DateOnly(2027, 6, 1), "Normal", ["fr"], null, false), DateTimeOffset.UtcNow);

    private static async Task<HttpResponseMessage> PublishWithKey(HttpClient client, Guid needId, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/needs/{needId}/publish");
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A bus of the test's own on the real broker, to publish as a service would or to listen.</summary>
    public static async Task<IBusControl> StartBus(Action<IRabbitMqBusFactoryConfigurator>? configure = null)
    {
        var settings = TestEnvironment.RabbitMq;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(settings["RabbitMq__Host"], ushort.Parse(settings["RabbitMq__Port"], System.Globalization.CultureInfo.InvariantCulture), "/", h =>
            {
                h.Username(settings["RabbitMq__Username"]);
                h.Password(settings["RabbitMq__Password"]);
            });
            configure?.Invoke(cfg);
        });
        await bus.StartAsync(TestContext.Current.CancellationToken);
        return bus;
    }

    private static async Task Rabbit(string command)
    {
        var ctl = Environment.GetEnvironmentVariable("SA_RABBITMQCTL") ?? "rabbitmqctl";
        using var process = Process.Start(new ProcessStartInfo(ctl, ["-n", TestEnvironment.RabbitMqNodeName, command]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.ExitCode.ShouldBe(0, $"rabbitmqctl {command}: {await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
    }
}
