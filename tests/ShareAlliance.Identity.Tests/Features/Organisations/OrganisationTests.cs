using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using ShareAlliance.Identity.Access;
using ShareAlliance.Identity.Features.GrantOwnership;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Features.Organisations;

public sealed class OrganisationTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CoordinatorNamesAnOwner_WhoAddsMembers_AndTokensCarryTheOrganisation()
    {
        var association = Guid.NewGuid();
        var coordinator = factory.WithBearer((await factory.TokensForAsync(IdentityFactory.CoordinatorEmail, IdentityFactory.CoordinatorPassword)).AccessToken);
        var ownerEmail = Accounts.NewEmail("owner");
        var memberEmail = Accounts.NewEmail("member");
        var ownerId = await factory.RegisterConfirmedAsync(ownerEmail);
        var memberId = await factory.RegisterConfirmedAsync(memberEmail, "volunteer");

        var named = await coordinator.PostAsJsonAsync($"/organisations/association/{association}/owner", new { email = ownerEmail }, Ct);
        named.StatusCode.ShouldBe(HttpStatusCode.OK);
        var owner = factory.WithBearer((await factory.TokensForAsync(ownerEmail)).AccessToken);
        var added = await owner.PostAsJsonAsync($"/organisations/association/{association}/members", new { email = memberEmail }, Ct);
        added.StatusCode.ShouldBe(HttpStatusCode.OK);

        var members = await owner.GetFromJsonAsync<JsonElement>($"/organisations/association/{association}/members", Ct);
        members.EnumerateArray().Select(m => (m.GetProperty("userId").GetGuid(), m.GetProperty("isOwner").GetBoolean()))
            .ShouldBe([(ownerId, true), (memberId, false)], ignoreOrder: true);
        var memberToken = Accounts.Payload((await factory.TokensForAsync(memberEmail)).AccessToken);
        memberToken.GetProperty("org").GetString().ShouldBe($"association:{association}");
        memberToken.GetProperty("role").EnumerateArray().Select(r => r.GetString()).ShouldBe(["association_member", "volunteer"], ignoreOrder: true);
    }

    [Fact]
    public async Task MemberWhoIsNotOwner_CannotAddOrListMembers()
    {
        var association = Guid.NewGuid();
        var bossEmail = Accounts.NewEmail("boss");
        var memberEmail = Accounts.NewEmail("plain");
        await GrantAsync(new GrantOwnershipCommand(await factory.RegisterConfirmedAsync(bossEmail), "association", association));
        await factory.RegisterConfirmedAsync(memberEmail);
        var boss = factory.WithBearer((await factory.TokensForAsync(bossEmail)).AccessToken);
        (await boss.PostAsJsonAsync($"/organisations/association/{association}/members", new { email = memberEmail }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var member = factory.WithBearer((await factory.TokensForAsync(memberEmail)).AccessToken);

        var add = await member.PostAsJsonAsync($"/organisations/association/{association}/members", new { email = Accounts.NewEmail("x") }, Ct);
        add.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await add.ProblemAsync()).GetProperty("type").GetString().ShouldEndWith("forbidden");
        (await member.GetAsync($"/organisations/association/{association}/members", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.PostAsJsonAsync($"/organisations/association/{association}/owner", new { email = memberEmail }, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "only a coordinator names owners");
    }

    [Fact]
    public async Task CoordinatorClient_CanNameAnOwner()
    {
        var funder = Guid.NewGuid();
        var email = Accounts.NewEmail("funder");
        await factory.RegisterConfirmedAsync(email);
        var client = factory.WithBearer((await factory.ClientCredentialsAsync()).AccessToken);

        var response = await client.PostAsJsonAsync($"/organisations/funder/{funder}/owner", new { email }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var membership = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        membership.GetProperty("isOwner").GetBoolean().ShouldBeTrue();
        membership.GetProperty("kind").GetString().ShouldBe("funder");
    }

    [Fact]
    public async Task GrantOwnershipCommandTwice_LeavesOneOwnership()
    {
        var employer = Guid.NewGuid();
        var userId = await factory.RegisterConfirmedAsync(Accounts.NewEmail("twice"));

        var first = await GrantAsync(new GrantOwnershipCommand(userId, "employer", employer));
        var second = await GrantAsync(new GrantOwnershipCommand(userId, "employer", employer));

        second.ShouldBe(first);
        (await factory.ScalarAsync("""select count(*) from identity."Memberships" where "OrganisationId" = @o""", ("o", employer))).ShouldBe(1L);
        (await factory.ScalarAsync(
            """select count(*) from identity."AspNetUserRoles" ur join identity."AspNetRoles" r on r."Id" = ur."RoleId" where ur."UserId" = @u and r."Name" = 'employer_admin'""",
            ("u", userId))).ShouldBe(1L);
    }

    [Theory]
    [InlineData("club", "kind")]
    [InlineData("association", "email")]
    public async Task BadInput_Gets400NamingTheField(string kind, string field)
    {
        var client = factory.WithBearer((await factory.ClientCredentialsAsync()).AccessToken);

        var response = await client.PostAsJsonAsync($"/organisations/{kind}/{Guid.NewGuid()}/owner", new { email = "not an e-mail" }, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(field);
    }

    private async Task<MembershipView?> GrantAsync(GrantOwnershipCommand command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, Ct);
    }
}
