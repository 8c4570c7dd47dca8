using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Needs.Features.GetAssociation;
using ShareAlliance.Needs.Features.GetNeed;

namespace ShareAlliance.Needs.Tests;

/// <summary>
/// Derived from the endpoint list, so a new write endpoint cannot be forgotten: whoever does not act for the owning
/// association gets 403 on every write to its need or its association, and nothing changes (OWASP API1).
/// </summary>
public sealed class OtherOrganisationTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    private readonly Alliance alliance = new(factory);

    [Fact]
    public async Task EveryWriteToANeed_ByAnotherAssociationsMember_Gets403AndChangesNothing()
    {
        var owner = await alliance.AssociationAsync();
        var need = await Alliance.DraftAsync(owner);
        var outsider = await alliance.AssociationAsync();

        var writes = WritesUnder("/needs/{id:guid}");
        writes.Select(w => w.Route).ShouldBe(
            ["/needs/{id:guid}", "/needs/{id:guid}/publish", "/needs/{id:guid}/start", "/needs/{id:guid}/complete", "/needs/{id:guid}/cancel"], ignoreOrder: true);
        foreach (var (method, route) in writes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), route.Replace("{id:guid}", need.Id.ToString(), StringComparison.Ordinal))
            {
                Content = JsonContent.Create(Body(outsider, route)),
            };
            var response = await outsider.Client.SendAsync(request, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {route}");
        }

        var after = await Alliance.Read<NeedDetails>(await owner.Client.GetAsync($"/needs/{need.Id}", TestContext.Current.CancellationToken));
        after.Version.ShouldBe(need.Version);
        after.Title.ShouldBe(need.Title);
    }

    [Fact]
    public async Task EveryReviewOfAnAssociation_ByAnAssociationMember_Gets403AndChangesNothing()
    {
        var member = await alliance.AssociationAsync(verified: false);

        var writes = WritesUnder("/associations/{id:guid}");
        writes.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var (method, route) in writes)
        {
            var response = await member.Client.SendAsync(
                new HttpRequestMessage(new HttpMethod(method), route.Replace("{id:guid}", member.AssociationId.ToString(), StringComparison.Ordinal))
                {
                    Content = JsonContent.Create(new { reason = "Je m'auto-valide" }),
                },
                TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {route}");
        }

        var after = await Alliance.Read<AssociationDetails>(await member.Client.GetAsync($"/associations/{member.AssociationId}", TestContext.Current.CancellationToken));
        after.Status.ShouldBe(Needs.Domain.AssociationStatus.Registered);
        after.Version.ShouldBe(1);
    }

    [Fact]
    public async Task ServerOwnedFieldsInAnAssociationsBody_AreIgnored()
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(Alliance.AssociationBody())!.AsObject();
        body["id"] = Guid.NewGuid();
        body["status"] = "Verified";
        body["version"] = 42;
        body["ownerUserId"] = Guid.NewGuid();
        var owner = new Testing.TestUser(Guid.NewGuid(), [ServiceDefaults.Security.Roles.AssociationMember], []);

        var created = await Alliance.Read<AssociationDetails>(
            await factory.CreateClientAs(owner).PostAsync("/associations", JsonContent.Create(body), TestContext.Current.CancellationToken));

        created.Id.ShouldNotBe(body["id"]!.GetValue<Guid>());
        created.Status.ShouldBe(Needs.Domain.AssociationStatus.Registered);
        created.Version.ShouldBe(1);
    }

    private List<(string Method, string Route)> WritesUnder(string prefix) =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith(prefix, StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern.RawText!)))
            .Where(w => w.Method != "GET")];

    private static Dictionary<string, object?> Body(Alliance.Member member, string route) =>
        route.EndsWith("/cancel", StringComparison.Ordinal) ? new() { ["reason"] = "Détourné" } : Alliance.NeedBody(member.AssociationId);
}
