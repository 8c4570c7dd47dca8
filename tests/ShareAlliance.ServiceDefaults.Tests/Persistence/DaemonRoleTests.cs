using JasperFx.Events;
using Marten.Events.Daemon.Coordination;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.ServiceDefaults.Tests.Persistence;

// k8s/ runs each service's image twice: API replicas with EventStore__RunDaemon=false, one daemon replica without it.
public sealed class DaemonRoleTests
{
    [Fact]
    public void ByDefault_TheProcessRunsTheDaemon() => DaemonHostedServices(runDaemon: null).ShouldNotBeEmpty();

    [Fact]
    public void RunDaemonTrue_TheProcessRunsTheDaemon() => DaemonHostedServices(runDaemon: "true").ShouldNotBeEmpty();

    [Fact]
    public void RunDaemonFalse_TheProcessRunsNoDaemon() => DaemonHostedServices(runDaemon: "false").ShouldBeEmpty();

    private static List<IHostedService> DaemonHostedServices(string? runDaemon)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration["ConnectionStrings:Marten"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=none";
        if (runDaemon is not null)
        {
            builder.Configuration[EventStoreExtensions.RunDaemonSetting] = runDaemon;
        }

        builder.AddMessageBus(_ => { });
        builder.AddEventStore("daemon_role", _ => { }).AddEventRelay<NothingToPublish>();
        using var app = builder.Build();
        return [.. app.Services.GetServices<IHostedService>().Where(s => s is IProjectionCoordinator)];
    }

    private sealed class NothingToPublish : IIntegrationEventMap
    {
        public object? ToContract(IEvent stored) => null;
    }
}
