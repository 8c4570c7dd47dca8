using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using ShareAlliance.Identity.Data;

namespace ShareAlliance.Identity.Setup;

/// <summary>
/// At start-up: the database and tables, the roles, the configured clients, the first coordinator. In the "starting"
/// phase, which runs before any hosted service starts: Marten's inserts itself first and needs the database to exist.
/// </summary>
public sealed class IdentityInitializer(IServiceScopeFactory scopes, IConfiguration configuration, IOptions<IdentitySettings> settings)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await IdentityDatabase.CreateIfMissingAsync(configuration.IdentityConnectionString(), cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<IdentityDb>();
        await using (await IdentityDatabase.LockAsync(db, cancellationToken))
        {
            await IdentityDatabase.CreateTablesIfMissingAsync(db, cancellationToken);
            await RoleSeeding.EnsureRolesAsync(services.GetRequiredService<RoleManager<Role>>());
            await ClientRegistration.SyncAsync(services.GetRequiredService<IOpenIddictApplicationManager>(), settings.Value.Clients.Values, cancellationToken);
            await CoordinatorSeeding.EnsureAsync(
                services.GetRequiredService<UserManager<User>>(), settings.Value.Coordinator, services.GetRequiredService<TimeProvider>());
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
