using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetAssociation;
using ShareAlliance.Testing;

namespace ShareAlliance.Needs.Tests.Features.RegisterAssociation;

public sealed class RegisterAssociationTests(NeedsFactory factory) : IClassFixture<NeedsFactory>
{
    private readonly TestUser owner = new(Guid.NewGuid(), [ServiceDefaults.Security.Roles.AssociationMember], []);

    [Fact]
    public async Task NewAssociation_IsRegisteredAndItsOwnerAnnounced()
    {
        var body = JsonSerializer.SerializeToNode(Alliance.AssociationBody())!.AsObject();
        body["siren"] = "732 829 320";
        body["siret"] = "73282932000074";

        var response = await factory.CreateClientAs(owner).PostAsync("/associations", JsonContent.Create(body), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var association = await Alliance.Read<AssociationDetails>(response);
        association.Status.ShouldBe(AssociationStatus.Registered);
        association.Siren.ShouldBe("732829320", "stored without the spaces people type");
        var registered = await factory.Harness.Published
            .SelectAsync<Contracts.Needs.AssociationRegistered>(m => m.Context.Message.AssociationId == association.Id, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        registered.Context.Message.OwnerUserId.ShouldBe(owner.Id);
    }

    [Theory]
    [InlineData("rna", "\"W12345\"", "rna")]
    [InlineData("rna", "\"X751234567\"", "rna")]
    [InlineData("siren", "\"732829321\"", "siren")]
    [InlineData("siret", "\"73282932000079\"", "siret")]
    [InlineData("departement", "\"99\"", "departement")]
    [InlineData("causes", """["gardening"]""", "causes[0]")]
    [InlineData("name", "\"\"", "name")]
    [InlineData("size", "\"Huge\"", "size")]
    public async Task BadField_Gets400NamingIt(string field, string json, string named)
    {
        var body = JsonSerializer.SerializeToNode(Alliance.AssociationBody())!.AsObject();
        body[field] = JsonNode.Parse(json);

        var response = await factory.CreateClientAs(owner).PostAsync("/associations", JsonContent.Create(body), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(named, problem.ToString());
    }

    [Fact]
    public async Task NeitherRnaNorSiren_IsRefusedOutsideAlsaceMoselle()
    {
        var body = JsonSerializer.SerializeToNode(Alliance.AssociationBody())!.AsObject();
        body.Remove("rna");

        var response = await factory.CreateClientAs(owner).PostAsync("/associations", JsonContent.Create(body), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("\"rna\"");
    }

    [Fact]
    public async Task AlsaceMosselleAssociationWithoutRna_IsRegisteredForManualReview()
    {
        var body = JsonSerializer.SerializeToNode(Alliance.AssociationBody())!.AsObject();
        body.Remove("rna");
        body["departement"] = "67";
        body["city"] = "Strasbourg";

        var response = await factory.CreateClientAs(owner).PostAsync("/associations", JsonContent.Create(body), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
