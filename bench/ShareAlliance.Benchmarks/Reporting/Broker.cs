using System.Globalization;
using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using ShareAlliance.Testing;

namespace ShareAlliance.Benchmarks.Reporting;

/// <summary>The RabbitMQ that ./test.sh's infrastructure exports (RabbitMq__*), reached directly.</summary>
internal static class Broker
{
    public static async Task<string> VersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        return connection.ServerProperties?.TryGetValue("version", out var version) == true && version is byte[] bytes
            ? Encoding.UTF8.GetString(bytes)
            : "unknown";
    }

    public static Task<IConnection> ConnectAsync(CancellationToken cancellationToken) => Factory().CreateConnectionAsync(cancellationToken);

    /// <summary>Deletes a receive endpoint's queue and its same-named exchange (MassTransit binds one to the other).</summary>
    public static async Task DeleteEndpointAsync(string name)
    {
        await using var connection = await Factory().CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclarePassiveAsync(name);
        }
        catch (OperationInterruptedException)
        {
            // Fine if Matching never got as far as binding it; a renamed consumer, though, would leave its real queue behind,
            // bound and filling: say so rather than guess.
            await Console.Error.WriteLineAsync($"broker: no queue '{name}' to delete (Matching did not start, or its consumer was renamed)");
            return;
        }

        await channel.QueueDeleteAsync(name, ifUnused: false, ifEmpty: false);
        await channel.ExchangeDeleteAsync(name, ifUnused: false);
    }

    private static ConnectionFactory Factory()
    {
        var settings = TestEnvironment.RabbitMq;
        string Get(string key, string fallback) => settings.TryGetValue($"RabbitMq__{key}", out var value) ? value : fallback;
        return new ConnectionFactory
        {
            HostName = Get("Host", "localhost"),
            Port = int.Parse(Get("Port", "5672"), CultureInfo.InvariantCulture),
            UserName = Get("Username", "guest"),
            Password = Get("Password", "guest"),
            VirtualHost = Get("VirtualHost", "/"),
        };
    }
}
