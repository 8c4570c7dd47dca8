using System.Net;
using MassTransit;
using ShareAlliance.Testing;
using ShareAlliance.Volunteers.Features.GetMyProfile;

namespace ShareAlliance.Volunteers.Tests.Features.EraseDetails;

public sealed class UserDeletedConsumerTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly People people = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeletedAccount_ErasesPersonalDetailsAndWithdrawsTheProfile()
    {
        var volunteer = await people.VolunteerAsync();
        var other = await people.VolunteerAsync(b => b["displayName"] = "Reste là");

        await Deliver(new Contracts.Identity.UserDeleted(volunteer.User.Id, DateTimeOffset.UtcNow), Guid.NewGuid());

        (await Database.CountAsync($"select count(*) from {factory.Schema}.mt_doc_volunteerdetails where id = '{volunteer.User.Id}'", Ct)).ShouldBe(0);
        var after = await People.Read<MyProfile>(await volunteer.Client.GetAsync("/volunteers/me", Ct));
        after.DisplayName.ShouldBeNull();
        after.ContactEmail.ShouldBeNull();
        after.Withdrawn.ShouldBeTrue("nobody is proposed a person who left");
        (await factory.Harness.Published.SelectAsync<Contracts.Volunteers.VolunteerWithdrawn>(m => m.Context.Message.VolunteerId == volunteer.User.Id, Ct)
            .FirstAsync(Ct)).ShouldNotBeNull();
        (await People.Read<MyProfile>(await other.Client.GetAsync("/volunteers/me", Ct))).DisplayName.ShouldBe("Reste là");
    }

    [Fact]
    public async Task DeletionOfSomeoneWithoutProfile_OrDeliveredTwice_ChangesNothingElse()
    {
        var volunteer = await people.VolunteerAsync();
        await Deliver(new Contracts.Identity.UserDeleted(volunteer.User.Id, DateTimeOffset.UtcNow), Guid.NewGuid());

        await Deliver(new Contracts.Identity.UserDeleted(volunteer.User.Id, DateTimeOffset.UtcNow), Guid.NewGuid());
        await Deliver(new Contracts.Identity.UserDeleted(Guid.NewGuid(), DateTimeOffset.UtcNow), Guid.NewGuid());

        var response = await volunteer.Client.GetAsync("/volunteers/me", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await People.Read<MyProfile>(response)).Version.ShouldBe(2, "withdrawn once, not twice");
    }

    private async Task Deliver<T>(T message, Guid messageId)
        where T : class
    {
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = messageId, Ct);
        await factory.Deliveries.WaitAsync(messageId, 1);
    }
}
