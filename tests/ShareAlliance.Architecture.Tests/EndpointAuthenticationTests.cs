using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Testing;

namespace ShareAlliance.Architecture.Tests;

/// <summary>
/// Derived from each service's endpoint list, so a new endpoint cannot be forgotten: every endpoint that is not
/// explicitly anonymous refuses a missing, expired, tampered, foreign-key or wrong-audience token with 401.
/// </summary>
public sealed class EndpointAuthenticationTests
{
    public static TheoryData<string, string> BadTokens()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in Services.Names)
        {
            foreach (var kind in new[] { "valid", "none", "expired", "tampered", "another-key", "another-audience" })
            {
                // Identity validates only the tokens it issued itself: the test issuer's "valid" token is not one of them.
                if (service != "identity" || kind != "valid")
                {
                    data.Add(service, kind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task ProtectedEndpoint_RefusesBadTokenWith401AndAcceptsAGoodOne(string service, string kind)
    {
        var (factory, services, client) = Services.Start(service);
        await using var _ = factory;
        var user = TestUser.Coordinator() with { Organisations = [$"association:{Guid.NewGuid()}"] };
        var token = kind switch
        {
            "valid" => TestTokens.For(user),
            "none" => null,
            "expired" => TestTokens.Expired(user),
            "tampered" => TestTokens.Tampered(user),
            "another-key" => TestTokens.SignedByAnotherKey(user),
            "another-audience" => TestTokens.ForAnotherAudience(user),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        if (token is not null)
        {
            client.WithToken(token);
        }

        var protectedEndpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .ToList();

        protectedEndpoints.ShouldNotBeEmpty();
        foreach (var endpoint in protectedEndpoints)
        {
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Path(endpoint));
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                var what = $"{service}: {method} {endpoint.RoutePattern.RawText} with token '{kind}'";
                if (kind == "valid")
                {
                    // The control: the same request with a good token gets past authentication (so a 401 above means the token).
                    response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized, what);
                }
                else
                {
                    response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, what);
                }
            }
        }
    }

    /// <summary>Whatever a service lets anyone see is listed here, so opening an endpoint to the world is a visible decision.</summary>
    [Theory]
    [InlineData("needs", "/needs", "/needs/{id:guid}", "/associations/{id:guid}", "/needs/timeline")]
    [InlineData("volunteers", "/volunteers/{id:guid}")]
    [InlineData("funding", "/needs/{needId:guid}/funding", "/funding/figures")]
    [InlineData("matching", "/matches/figures")]
    public async Task AnonymousEndpoints_AreOnlyTheListedOnes(string service, params string[] listed)
    {
        var (factory, services, _) = Services.Start(service);
        await using var __ = factory;

        var anonymous = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText);

        anonymous.ShouldBe([.. listed, "/health/live", "/health/ready"], ignoreOrder: true);
    }

    private static string Path(RouteEndpoint endpoint) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Guid.NewGuid().ToString(),
            _ => string.Empty,
        }))));
}
