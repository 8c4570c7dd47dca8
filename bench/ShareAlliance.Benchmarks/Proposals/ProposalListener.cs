using System.Collections.Concurrent;
using System.Globalization;
using MassTransit;
using ShareAlliance.Testing;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Benchmarks.Proposals;

/// <summary>
/// The volunteer's side of the bus: a receive endpoint of the driver's own (non-durable, deleted when the driver stops),
/// bound like any consumer of <c>MatchProposed</c>, noting on the driver's clock when the first proposal of each need arrived
/// and how many came. Messages of needs the run did not post (another run on the same broker) are ignored by the report.
/// </summary>
internal sealed class ProposalListener : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Guid, Received> received = new();
    private readonly IBusControl bus;

    private ProposalListener(string queue)
    {
        var settings = TestEnvironment.RabbitMq;
        string Get(string key, string fallback) => settings.TryGetValue($"RabbitMq__{key}", out var value) ? value : fallback;
        bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(Get("Host", "localhost"), ushort.Parse(Get("Port", "5672"), CultureInfo.InvariantCulture), Get("VirtualHost", "/"), h =>
            {
                h.Username(Get("Username", "guest"));
                h.Password(Get("Password", "guest"));
            });
            cfg.ReceiveEndpoint(queue, e =>
            {
                e.Durable = false;
                e.AutoDelete = true;
                e.Handler<Contract.MatchProposed>(context =>
                {
                    var at = DateTime.UtcNow;
                    received.AddOrUpdate(context.Message.NeedId, _ => new Received(at, 1), (_, r) => r with { Count = r.Count + 1 });
                    return Task.CompletedTask;
                });
            });
        });
    }

    public IReadOnlyDictionary<Guid, Received> Received => received;

    public static async Task<ProposalListener> StartAsync(string queue, CancellationToken cancellationToken)
    {
        var listener = new ProposalListener(queue);
        await listener.bus.StartAsync(cancellationToken);
        return listener;
    }

    public async ValueTask DisposeAsync() => await bus.StopAsync();
}

/// <summary>When the first proposal of a need arrived (driver's UTC clock) and how many arrived.</summary>
internal sealed record Received(DateTime FirstAtUtc, int Count);
