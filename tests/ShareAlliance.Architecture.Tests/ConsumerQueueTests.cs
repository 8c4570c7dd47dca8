extern alias funding;
extern alias identity;
extern alias matching;
extern alias needs;
extern alias volunteers;
using MassTransit;

namespace ShareAlliance.Architecture.Tests;

/// <summary>
/// A consumer's queue is named after its class (kebab case, no namespace): two services with a consumer of the same name
/// would share one queue and compete for each message, each seeing only part of them.
/// </summary>
public sealed class ConsumerQueueTests
{
    [Fact]
    public void ConsumerQueues_AreNeverSharedBetweenServices()
    {
        var formatter = new KebabCaseEndpointNameFormatter(includeNamespace: false);
        var queues = new[] { typeof(needs::Program), typeof(matching::Program), typeof(identity::Program), typeof(funding::Program), typeof(volunteers::Program) }
            .SelectMany(program => program.Assembly.GetTypes()
                .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)))
                .Select(consumer => (Service: program.Assembly.GetName().Name, Queue: Queue(formatter, consumer))))
            .ToList();

        queues.ShouldNotBeEmpty();
        queues.GroupBy(q => q.Queue).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(q => q.Service))}").ShouldBeEmpty();
    }

    private static string Queue(IEndpointNameFormatter formatter, Type consumer) =>
        (string)typeof(IEndpointNameFormatter).GetMethod(nameof(IEndpointNameFormatter.Consumer))!.MakeGenericMethod(consumer).Invoke(formatter, null)!;
}
