using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ShareAlliance.Architecture.Tests;

/// <summary>Every endpoint carries a name, a summary and tags, so each OpenAPI document reads well.</summary>
public sealed class EndpointMetadataTests
{
    public static TheoryData<string> ServiceNames() => [.. Services.Names];

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public async Task EveryEndpoint_HasNameSummaryAndTags(string service)
    {
        var (factory, services, _) = Services.Start(service);
        await using var _ = factory;

        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        endpoints.ShouldNotBeEmpty();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText;
            endpoint.Metadata.GetMetadata<IEndpointNameMetadata>().ShouldNotBeNull($"{service} {route} has a name");
            endpoint.Metadata.GetMetadata<IEndpointSummaryMetadata>().ShouldNotBeNull($"{service} {route} has a summary");
            endpoint.Metadata.GetMetadata<ITagsMetadata>().ShouldNotBeNull($"{service} {route} has tags");
        }
    }
}
