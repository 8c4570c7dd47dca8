namespace ShareAlliance.Web.Services;

/// <summary>
/// Where each service answers (configuration <c>Services:Needs</c> = environment <c>Services__Needs</c>, …); the defaults
/// are run.sh's ports.
/// </summary>
public sealed class ServiceAddresses
{
    public Uri Needs { get; set; } = new("http://127.0.0.1:5101");

    public Uri Volunteers { get; set; } = new("http://127.0.0.1:5102");

    public Uri Funding { get; set; } = new("http://127.0.0.1:5103");

    public Uri Matching { get; set; } = new("http://127.0.0.1:5104");

    public Uri Identity { get; set; } = new("http://127.0.0.1:5105");
}

public static class ServiceClients
{
    public static void AddServiceClients(this WebApplicationBuilder builder)
    {
        var addresses = builder.Configuration.GetSection("Services").Get<ServiceAddresses>() ?? new ServiceAddresses();
        builder.Services.AddSingleton(addresses);
        builder.Services.AddHttpClient<NeedsClient>(c =>
        {
            c.BaseAddress = addresses.Needs;
            c.Timeout = TimeSpan.FromSeconds(10);
        });
        builder.Services.AddHttpClient<VolunteersClient>(c => Configure(c, addresses.Volunteers));
        builder.Services.AddHttpClient<FundingClient>(c => Configure(c, addresses.Funding));
        builder.Services.AddHttpClient<MatchingClient>(c => Configure(c, addresses.Matching));
    }

    private static void Configure(HttpClient client, Uri address)
    {
        client.BaseAddress = address;
        client.Timeout = TimeSpan.FromSeconds(10);
    }
}

/// <summary>A service did not answer, or answered with an error: pages show a message instead of an error page.</summary>
public sealed class ServiceUnavailableException(string service, Exception? inner = null)
    : Exception($"The {service} service did not answer.", inner)
{
    public string Service { get; } = service;
}
