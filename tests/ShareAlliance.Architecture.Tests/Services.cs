extern alias funding;
extern alias identity;
extern alias matching;
extern alias needs;
extern alias volunteers;
using Microsoft.AspNetCore.Hosting;
using ShareAlliance.Testing;

namespace ShareAlliance.Architecture.Tests;

/// <summary>Every service, started in memory the same way, for the tests that walk their endpoint lists.</summary>
public static class Services
{
    public static readonly string[] Names = ["needs", "volunteers", "funding", "matching", "identity"];

    public static (IAsyncDisposable Factory, IServiceProvider Services, HttpClient Client) Start(string service) => service switch
    {
        "needs" => Started(new ServiceFactory<needs::Program>(service)),
        "volunteers" => Started(new ServiceFactory<volunteers::Program>(service)),
        "matching" => Started(new ServiceFactory<matching::Program>(service)),
        "identity" => Started(new IdentityInMemory()),
        "funding" => Started(new ServiceFactory<funding::Program>(service)),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private static (IAsyncDisposable, IServiceProvider, HttpClient) Started<T>(ServiceFactory<T> factory)
        where T : class => (factory, factory.Services, factory.CreateClient());

    /// <summary>Identity keeps its accounts in a database of its own.</summary>
    private sealed class IdentityInMemory() : ServiceFactory<identity::Program>("identity")
    {
        private readonly TestDatabase database = new("identity");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:Identity", database.ConnectionString);
            builder.UseSetting("Identity:Mailbox", Path.Combine(Path.GetTempPath(), $"sa-arch-mailbox-{Guid.NewGuid():N}"));
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await database.DropAsync();
        }
    }
}
