using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ShareAlliance.Web.Authentication;

/// <summary>
/// The current Blazor circuit's services, for code that runs in another DI scope: the typed API clients' message handlers
/// are built by IHttpClientFactory in a scope of their own, where the circuit's authentication state is out of reach.
/// (The pattern of "Access server-side Blazor services from a different DI scope" in the ASP.NET Core docs.)
/// </summary>
public sealed class CircuitServicesAccessor
{
    private static readonly AsyncLocal<IServiceProvider?> Current = new();

    public IServiceProvider? Services
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}

/// <summary>Sets <see cref="CircuitServicesAccessor.Services"/> for every inbound activity of a circuit (events, renders).</summary>
public sealed class CircuitServicesHandler(IServiceProvider services, CircuitServicesAccessor accessor) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            accessor.Services = services;
            await next(context);
            accessor.Services = null;
        };
}
