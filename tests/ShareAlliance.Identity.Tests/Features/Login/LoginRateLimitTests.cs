using System.Net;
using System.Net.Http.Json;

namespace ShareAlliance.Identity.Tests.Features.Login;

/// <summary>Identity with the strict limit it runs with by default (10 a minute per client address).</summary>
public sealed class StrictLimitIdentityFactory : IdentityFactory
{
    protected override void Configure(IDictionary<string, string> settings) => settings["RateLimits:StrictPerMinute"] = "10";
}

public sealed class LoginRateLimitTests(StrictLimitIdentityFactory factory) : IClassFixture<StrictLimitIdentityFactory>
{
    [Fact]
    public async Task TooManyLoginAttemptsFromOneClient_Get429WithRetryAfter()
    {
        var client = factory.CreateClient();
        var answers = new List<HttpResponseMessage>();

        for (var i = 0; i < 12; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/account/login", new { email = $"guess{i}@example.org", password = "not the password at all" },
                TestContext.Current.CancellationToken));
        }

        answers.Take(10).ShouldAllBe(a => a.StatusCode == HttpStatusCode.Unauthorized);
        var refused = answers[^1];
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 60);
        (await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("too-many-requests");
    }
}
