using System.Net;

namespace ShareAlliance.DemoData.Platform;

/// <summary>
/// Waits out a 429 (for as long as Retry-After says) and sends the request again: under ./run.sh the sign-in endpoints
/// allow RateLimits__StrictPerMinute requests a minute from one address, and runs close together can use that up. The
/// time limit applies to each attempt, not to the wait (HttpClient.Timeout would count the wait too).
/// </summary>
public sealed class RateLimitHandler(TimeSpan attemptTimeout, Action<string> log) : DelegatingHandler
{
    private const int MaxWaits = 3;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var waits = 0; ; waits++)
        {
            HttpResponseMessage response;
            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(attemptTimeout);
                try
                {
                    response = await base.SendAsync(request, attempt.Token);
                }
                catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new ServiceUnreachableException($"{request.Method} {request.RequestUri}: no answer within {attemptTimeout.TotalSeconds:0} s", e);
                }
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests || waits == MaxWaits)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(60);
            log($"{request.RequestUri?.Authority}{request.RequestUri?.AbsolutePath}: rate limit reached, waiting {wait.TotalSeconds:0} s as the service asks");
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }
}
