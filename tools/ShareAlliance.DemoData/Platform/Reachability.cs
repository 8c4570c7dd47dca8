using System.Net;

namespace ShareAlliance.DemoData.Platform;

/// <summary>Before anything is created: every service answers GET /health/ready, or the run stops with what is wrong.</summary>
public static class Reachability
{
    public static async Task EnsureReadyAsync(string name, Uri service, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = service, Timeout = TimeSpan.FromSeconds(5) };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health/ready", UriKind.Relative));
        HttpResponseMessage response;
        try
        {
            response = await Api.SendAsync(http, request, cancellationToken);
        }
        catch (ServiceUnreachableException e)
        {
            throw new ServiceUnreachableException($"{name} is not reachable at {service} ({e.InnerException?.Message ?? e.Message}). Is the platform running (./run.sh)?", e);
        }

        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new ServiceUnreachableException(
                    $"{name} at {service} answers but is not ready ({(int)response.StatusCode} {response.ReasonPhrase}): its PostgreSQL or RabbitMQ is not reachable; see its log.");
            }
        }
    }
}
