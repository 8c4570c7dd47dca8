using System.Net;
using ShareAlliance.DemoData.Platform;

namespace ShareAlliance.DemoData.Tests.Platform;

public sealed class RateLimitHandlerTests
{
    [Fact]
    public async Task TooManyRequests_IsSentAgainAfterRetryAfter()
    {
        var answers = new Queue<HttpStatusCode>([HttpStatusCode.TooManyRequests, HttpStatusCode.NoContent]);
        var logged = new List<string>();
        using var http = new HttpClient(new RateLimitHandler(TimeSpan.FromSeconds(5), logged.Add) { InnerHandler = new Answering(answers) });

        using var response = await http.PostAsync(new Uri("http://identity.test/account/login"), new StringContent("{}"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        answers.ShouldBeEmpty();
        logged.ShouldHaveSingleItem().ShouldContain("rate limit");
    }

    [Fact]
    public async Task SlowAnswer_IsReportedAsUnreachableAfterTheAttemptTimeout()
    {
        using var http = new HttpClient(new RateLimitHandler(TimeSpan.FromMilliseconds(100), _ => { }) { InnerHandler = new Answering(new(), TimeSpan.FromSeconds(30)) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };

        await Should.ThrowAsync<ServiceUnreachableException>(async () =>
        {
            using var _ = await http.GetAsync(new Uri("http://needs.test/needs"), TestContext.Current.CancellationToken);
        });
    }

    // Answers with the queued statuses (a 429 says "Retry-After: 0"), after an optional delay.
    private sealed class Answering(Queue<HttpStatusCode> answers, TimeSpan delay = default) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            var response = new HttpResponseMessage(answers.Dequeue());
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                response.Headers.RetryAfter = new(TimeSpan.Zero);
            }

            return response;
        }
    }
}
