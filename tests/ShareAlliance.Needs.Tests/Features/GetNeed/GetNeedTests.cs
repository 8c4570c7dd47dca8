using System.Net;
using System.Text.Json;

namespace ShareAlliance.Needs.Tests.Features.GetNeed;

public sealed class GetNeedTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    [Fact]
    public async Task PublishedNeed_IsReadableWithoutSigningIn()
    {
        var alliance = new Alliance(factory);
        var published = await Alliance.PublishedAsync(await alliance.AssociationAsync());

        var response = await factory.CreateClient().GetAsync($"/needs/{published.Id}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"2\"");
    }

    [Fact]
    public async Task UnknownNeed_Gets404ProblemDetails()
    {
        var response = await factory.CreateClient().GetAsync($"/needs/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement
            .GetProperty("status").GetInt32().ShouldBe(404);
    }
}
