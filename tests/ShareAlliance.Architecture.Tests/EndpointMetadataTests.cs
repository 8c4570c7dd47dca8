extern alias matching;
extern alias needs;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Testing;

namespace ShareAlliance.Architecture.Tests;

/// <summary>Every endpoint carries a name, a summary and tags, so each OpenAPI document reads well.</summary>
public sealed class EndpointMetadataTests
{
    public static TheoryData<string> Services() => ["needs", "matching"];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task EveryEndpoint_HasNameSummaryAndTags(string service)
    {
        var (factory, services) = Create(service);
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

    private static (IAsyncDisposable Factory, IServiceProvider Services) Create(string service) => service switch
    {
        "needs" => Started(new ServiceFactory<needs::Program>(service)),
        "matching" => Started(new ServiceFactory<matching::Program>(service)),
        _ => throw new ArgumentOutOfRangeException(nameof(service)),
    };

    private static (IAsyncDisposable, IServiceProvider) Started<T>(ServiceFactory<T> factory)
        where T : class => (factory, factory.Services);
}
