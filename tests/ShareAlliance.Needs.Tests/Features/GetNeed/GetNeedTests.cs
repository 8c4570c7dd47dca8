using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests.Features.GetNeed;

public sealed class GetNeedTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    [Fact]
    public async Task PublishedNeed_IsReadableWithoutSigningIn()
    {
        var association = Guid.NewGuid();
        var created = await factory.CreateClientAs(TestUser.AssociationMember(association)).PostAsJsonAsync("/needs", new
        {
            associationId = association,
            title = "Formation des bénévoles au numérique",
            category = "TRAINING",
            requiredSkills = new[] { new { skill = "training.digital-literacy", minimumLevel = 2 } },
        }, TestContext.Current.CancellationToken);

        var response = await factory.CreateClient().GetAsync(created.Headers.Location, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
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
