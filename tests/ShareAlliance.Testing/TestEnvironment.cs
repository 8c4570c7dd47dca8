namespace ShareAlliance.Testing;

/// <summary>Where the real PostgreSQL and RabbitMQ are: read from the environment that ./test.sh sets.</summary>
public static class TestEnvironment
{
    public static string PostgresConnectionString => Require("ConnectionStrings__Marten");

    /// <summary>The RabbitMQ settings as the services read them (RabbitMq__Host, __Port, …).</summary>
    public static IReadOnlyDictionary<string, string> RabbitMq { get; } = new[] { "Host", "Port", "Username", "Password", "VirtualHost" }
        .Where(k => Environment.GetEnvironmentVariable($"RabbitMq__{k}") is not null)
        .ToDictionary(k => $"RabbitMq__{k}", k => Environment.GetEnvironmentVariable($"RabbitMq__{k}")!);

    /// <summary>The node ./test.sh started, so a test can stop and start the broker (rabbitmqctl -n).</summary>
    public static string RabbitMqNodeName => Require("SA_RABBITMQ_NODENAME");

    /// <summary>A schema name no other fixture uses.</summary>
    public static string NewSchemaName(string service) => $"t_{service}_{Guid.NewGuid():N}"[..30].ToLowerInvariant();

    private static string Require(string name) => Environment.GetEnvironmentVariable(name)
        ?? throw new InvalidOperationException($"{name} is not set: run the tests with ./test.sh, which starts PostgreSQL and RabbitMQ and sets it.");
}
