using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace ShareAlliance.ServiceDefaults.Messaging;

/// <summary>MassTransit over RabbitMQ, the same way in every service.</summary>
public static class MessageBusExtensions
{
    /// <summary>
    /// Adds the bus on <c>RabbitMq:*</c> settings: kebab-case endpoints (prefixed by <c>RabbitMq:QueuePrefix</c> when set),
    /// quorum queues, the inbox filter, immediate/interval retries then the <c>_error</c> queue. No delayed redelivery: the broker
    /// plug-in it needs is not in Debian's RabbitMQ.
    /// </summary>
    public static WebApplicationBuilder AddMessageBus(this WebApplicationBuilder builder, Action<IBusRegistrationConfigurator> addConsumers)
    {
        var settings = builder.Configuration.GetSection("RabbitMq");
        var prefix = settings["QueuePrefix"];

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix, includeNamespace: false));
            bus.ConfigureHealthCheckOptions(h =>
            {
                h.Name = "rabbitmq";
                h.Tags.Add(ServiceDefaultsExtensions.ReadyTag);
            });
            addConsumers(bus);
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }

                // Transient faults (a deadlock, a restart of the database) get a few quick retries; then _error, with the reason.
                endpoint.UseMessageRetry(r => r.Intervals(100, 500, 1_000, 2_000, 5_000));
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(settings["Host"] ?? "localhost", settings.GetValue<ushort>("Port", 5672), settings["VirtualHost"] ?? "/", h =>
                {
                    h.Username(settings["Username"] ?? "guest");
                    h.Password(settings["Password"] ?? "guest");
                });
                rabbit.UseConsumeFilter(typeof(InboxFilter<>), context);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }
}
