using MassTransit;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Features.GrantOwnership;

/// <summary>Registering an organisation in its service makes the registrant act for it: the contract reaches identity, which grants the membership.</summary>
public sealed class OrganisationRegisteredConsumerTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Theory]
    [InlineData("association", "association_member")]
    [InlineData("employer", "employer_admin")]
    [InlineData("funder", "funder")]
    public async Task OrganisationRegistered_MakesItsRegistrantAnOwnerInTheirNextToken(string kind, string accountType)
    {
        var email = Accounts.NewEmail("owner");
        var userId = await factory.RegisterConfirmedAsync(email, accountType);
        var organisation = Guid.NewGuid();
        var messageId = Guid.NewGuid();
        object message = kind switch
        {
            "association" => new Contracts.Needs.AssociationRegistered(organisation, userId, "75", ["social"], DateTimeOffset.UtcNow),
            "employer" => new Contracts.Volunteers.EmployerRegistered(organisation, userId, DateTimeOffset.UtcNow),
            _ => new Contracts.Funding.FunderRegistered(organisation, userId, DateTimeOffset.UtcNow),
        };

        // A second grant leaves one membership: GrantOwnershipCommandTwice_LeavesOneOwnership (OrganisationTests).
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);
        await factory.Deliveries.WaitAsync(messageId, 1);

        var tokens = await factory.TokensForAsync(email);
        var orgs = Accounts.Payload(tokens.AccessToken).GetProperty("org");
        (orgs.ValueKind == System.Text.Json.JsonValueKind.Array ? orgs.EnumerateArray().Select(o => o.GetString()) : [orgs.GetString()])
            .ShouldBe([$"{kind}:{organisation}"]);
    }
}
