using System.Net;
using System.Net.Http.Json;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Testing;

namespace ShareAlliance.Funding.Tests.Features.RegisterFunder;

public sealed class RegisterFunderTests(FundingFactory factory) : IClassFixture<FundingFactory>
{
    [Fact]
    public async Task FunderUser_RegistersAFunder_AndIdentityIsToldWhoOwnsIt()
    {
        var owner = Guid.NewGuid();
        var client = factory.CreateClientAs(new TestUser(owner, [Roles.Funder], []));

        var response = await client.PostAsJsonAsync("/funders", new { name = "Fondation Solidarité Numérique", type = "Foundation", siren = "732 829 320" },
            TestContext.Current.CancellationToken);

        var funder = await Alliance.Read<Funder>(response);
        (funder.Type, funder.Siren).ShouldBe((FunderType.Foundation, "732829320"));
        var message = await factory.Harness.Published
            .SelectAsync<Contracts.Funding.FunderRegistered>(m => m.Context.Message.FunderId == funder.Id, TestContext.Current.CancellationToken)
            .FirstAsync(TestContext.Current.CancellationToken);
        message.Context.Message.OwnerUserId.ShouldBe(owner);
    }

    [Theory]
    [InlineData("{\"name\":\"\",\"type\":\"Foundation\"}", "name")]
    [InlineData("{\"name\":\"Fonds\",\"type\":\"Bank\"}", "type")]
    [InlineData("{\"name\":\"Fonds\"}", "type")]
    [InlineData("{\"name\":\"Fonds\",\"type\":\"Company\",\"siren\":\"732829321\"}", "siren")]
    public async Task BadInput_IsRefusedNamingTheFieldAndNothingStored(string body, string field)
    {
        var client = factory.CreateClientAs(new TestUser(Guid.NewGuid(), [Roles.Funder], []));
        var before = await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken);

        var response = await client.PostAsync("/funders", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain($"\"{field}\"");
        (await Database.CountStreamsAsync(factory.Schema, TestContext.Current.CancellationToken)).ShouldBe(before);
    }

    [Fact]
    public async Task Volunteer_CannotRegisterAFunder()
    {
        var response = await factory.CreateClientAs(TestUser.Volunteer()).PostAsJsonAsync("/funders", new { name = "Fonds", type = "Company" },
            TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
