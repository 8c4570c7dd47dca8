using ShareAlliance.Web.Authentication;

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

    public static ServiceAddresses From(IConfiguration configuration) =>
        configuration.GetSection("Services").Get<ServiceAddresses>() ?? new ServiceAddresses();
}

/// <summary>
/// One typed client per service, each sending the signed-in person's access token (<see cref="AccessTokenHandler"/>): a page
/// injects the client and calls it, in a prerender as in an interactive circuit. Add a service's calls to its client.
/// </summary>
public static class ServiceClients
{
    public static void AddServiceClients(this WebApplicationBuilder builder)
    {
        var addresses = ServiceAddresses.From(builder.Configuration);
        builder.Services.AddSingleton(addresses);
        builder.Services.AddHttpClient<NeedsClient>(c => Configure(c, addresses.Needs)).AddUserAccessToken();
        builder.Services.AddHttpClient<VolunteersClient>(c => Configure(c, addresses.Volunteers)).AddUserAccessToken();
        builder.Services.AddHttpClient<FundingClient>(c => Configure(c, addresses.Funding)).AddUserAccessToken();
        builder.Services.AddHttpClient<MatchingClient>(c => Configure(c, addresses.Matching)).AddUserAccessToken();
        builder.Services.AddHttpClient<IdentityClient>(c => Configure(c, addresses.Identity)).AddUserAccessToken();
    }

    /// <summary>The signed-in person's access token on every call of this client (none when signed out).</summary>
    public static IHttpClientBuilder AddUserAccessToken(this IHttpClientBuilder client) => client.AddHttpMessageHandler<AccessTokenHandler>();

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
