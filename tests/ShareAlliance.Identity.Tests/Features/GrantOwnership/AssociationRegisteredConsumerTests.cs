using MassTransit;
using ShareAlliance.Identity.Tests.Support;

namespace ShareAlliance.Identity.Tests.Features.GrantOwnership;

public sealed class AssociationRegisteredConsumerTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task AssociationRegistered_MakesItsRegistrantAnOwnerInTheirNextToken()
    {
        var email = Accounts.NewEmail("owner");
        var userId = await factory.RegisterConfirmedAsync(email, "association_member");
        var association = Guid.NewGuid();
        var messageId = Guid.NewGuid();

        for (var delivery = 0; delivery < 2; delivery++)
        {
            // Delivered twice, as the broker may: one membership all the same.
            await factory.Harness.Bus.Publish(
                new Contracts.Needs.AssociationRegistered(association, userId, "75", ["social"], DateTimeOffset.UtcNow),
                ctx => ctx.MessageId = messageId, TestContext.Current.CancellationToken);
            (await factory.Harness.Consumed.Any<Contracts.Needs.AssociationRegistered>(c => c.Context.MessageId == messageId, TestContext.Current.CancellationToken))
                .ShouldBeTrue();
        }

        var tokens = await factory.TokensForAsync(email);
        var orgs = Accounts.Payload(tokens.AccessToken).GetProperty("org");
        (orgs.ValueKind == System.Text.Json.JsonValueKind.Array ? orgs.EnumerateArray().Select(o => o.GetString()) : [orgs.GetString()])
            .ShouldBe([$"association:{association}"]);
    }
}
