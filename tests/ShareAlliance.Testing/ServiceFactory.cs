using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.ServiceDefaults.Messaging;
using Xunit;

namespace ShareAlliance.Testing;

/// <summary>
/// One service in memory for slice tests: real PostgreSQL in a fresh schema (dropped afterwards), and MassTransit's
/// in-memory test harness in place of RabbitMQ, with the same inbox filter the real bus uses.
/// </summary>
public class ServiceFactory<TProgram>(string service) : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
{
    public string Schema { get; } = TestEnvironment.NewSchemaName(service);

    public ITestHarness Harness => Services.GetTestHarness();

    /// <summary>Every delivery the service's consumers finished, redeliveries included (the harness shows one per MessageId).</summary>
    public DeliveryCounter Deliveries => Services.GetRequiredService<DeliveryCounter>();

    /// <summary>A client that calls the service with an access token for <paramref name="user"/>.</summary>
    public HttpClient CreateClientAs(TestUser user) => CreateClient().As(user);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Marten", TestEnvironment.PostgresConnectionString);
        builder.UseSetting("Marten:Schema", Schema);
        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            // Trust the test issuer's key instead of fetching an identity service's JWKS; every other check stays on.
            o.Authority = null;
            o.TokenValidationParameters.IssuerSigningKey = TestTokens.SigningKey;
            o.TokenValidationParameters.ValidIssuer = TestTokens.Issuer;
        }));
        builder.ConfigureTestServices(ConfigureServices);
        builder.ConfigureTestServices(services => services.AddSingleton<DeliveryCounter>().AddConsumeObserver(p => p.GetRequiredService<DeliveryCounter>()));
        builder.ConfigureTestServices(services => services.AddMassTransitTestHarness(bus =>
        {
            // The relay publishes after the request returns: give the harness time to see it before it calls the bus idle.
            bus.SetTestTimeouts(testTimeout: TimeSpan.FromMinutes(2), testInactivityTimeout: TimeSpan.FromSeconds(30));
            bus.UsingInMemory((context, memory) =>
            {
                memory.UseConsumeFilter(typeof(InboxFilter<>), context);
                memory.ConfigureEndpoints(context);
            });
        }));
    }

    /// <summary>Where a fixture swaps a service for the test (a fake clock, say).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public ValueTask InitializeAsync()
    {
        _ = Server; // start the host now, so the first test does not pay for it inside its own timeout
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DropSchemaAsync(Schema);
        GC.SuppressFinalize(this);
    }
}
