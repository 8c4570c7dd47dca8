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
            (await platform.ArrivesInMatching(needId, TimeSpan.FromSeconds(10))).GetProperty("title").GetString().ShouldBe("Premier envoi");

            // The same MessageId again, even with newer content, is a redelivery: acknowledged and skipped.
            await bus.Publish(Contract(needId, 2, "Rejoué"), ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);
            // A later message on the same queue proves the duplicate was consumed before we look.
            var sentinel = Guid.NewGuid();
            await bus.Publish(Contract(sentinel, 1, "Témoin"), ctx => ctx.MessageId = Guid.NewGuid(), TestContext.Current.CancellationToken);
            await platform.ArrivesInMatching(sentinel, TimeSpan.FromSeconds(10));
            await Task.Delay(500, TestContext.Current.CancellationToken);

            var known = (await platform.KnownToMatching(needId))!.Value;
            known.GetProperty("title").GetString().ShouldBe("Premier envoi");
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
        var key = Guid.NewGuid().ToString();
        await platform.Needs.KillAsync();
        await platform.Needs.StartAsync(new Dictionary<string, string> { ["Failpoints__KillAfterCommit"] = "PublishNeedCommand" }, TestContext.Current.CancellationToken);
        using (var needs = platform.Needs.CreateClient())
        {
            // The process dies between its commit and its answer: the client cannot know whether the need was saved.
            await Should.ThrowAsync<HttpRequestException>(async () => { using var _ = await PostWithKey(needs, key); });
            await platform.Needs.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        await platform.Needs.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        using var restarted = platform.Needs.CreateClient();
        // The client retries with its key: it gets the need saved before the crash, not a second one.
        var id = await Platform.IdOf(await PostWithKey(restarted, key));
        (await Database.CountAsync($"select count(*) from {platform.NeedsSchema}.mt_streams where id = '{id}'", TestContext.Current.CancellationToken)).ShouldBe(1);

        (await platform.ArrivesInMatching(id, TimeSpan.FromSeconds(15))).GetProperty("version").GetInt64().ShouldBe(1);
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
        using var needs = platform.Needs.CreateClient();
        await Rabbit("stop_app");
        var ids = new List<Guid>();
        try
        {
            var outage = Stopwatch.StartNew();
            // Needs keeps accepting: its events wait in PostgreSQL, the relay keeps retrying.
            for (var i = 0; i < 10; i++)
            {
                ids.Add(await Platform.IdOf(await needs.PostAsJsonAsync("/needs", Platform.NewNeed($"Pendant la panne {i}"), TestContext.Current.CancellationToken)));
            }

            using (var matching = platform.Matching.CreateClient())
            {
                // Readiness tells an orchestrator the truth: without its broker, Matching cannot do its work.
                var ready = await Eventually.GetAsync(
                    async () => (await matching.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode == System.Net.HttpStatusCode.ServiceUnavailable ? "unready" : null,
                    TimeSpan.FromSeconds(10), "Matching to report itself not ready");
                ready.ShouldBe("unready");
            }

            await Task.Delay(TimeSpan.FromSeconds(10) - outage.Elapsed, TestContext.Current.CancellationToken);
            foreach (var id in ids)
            {
                (await platform.KnownToMatching(id)).ShouldBeNull("nothing can cross a stopped broker");
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
        new(id, version, Guid.NewGuid(), title, "DATA", [new Contracts.Needs.RequiredSkill("data.sql", 2)], DateTimeOffset.UtcNow);

    private static async Task<HttpResponseMessage> PostWithKey(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/needs") { Content = JsonContent.Create(Platform.NewNeed("Audit RGPD")) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<IBusControl> StartBus()
    {
        var settings = TestEnvironment.RabbitMq;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(settings["RabbitMq__Host"], ushort.Parse(settings["RabbitMq__Port"], System.Globalization.CultureInfo.InvariantCulture), "/", h =>
        {
            h.Username(settings["RabbitMq__Username"]);
            h.Password(settings["RabbitMq__Password"]);
        }));
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
