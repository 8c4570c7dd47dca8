using System.Net;
using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Testing;
using ShareAlliance.Volunteers.Features.GetContact;
using ShareAlliance.Volunteers.Features.GetMyProfile;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Volunteers.Tests.Features.RecordMatch;

public sealed class VolunteerMatchesTests(VolunteersFactory factory) : IClassFixture<VolunteersFactory>
{
    private readonly People people = new(factory);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateTimeOffset Now => DateTimeOffset.UtcNow;

    [Fact]
    public async Task ConfirmedMatch_CommitsItsHours_AndItsEndFreesThem()
    {
        var volunteer = await people.VolunteerAsync(); // 12 h a month
        var (proposal, need, association) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var confirmed = new Contract.MatchConfirmed(proposal, need, volunteer.User.Id, 8, Now);

        await Deliver(new Contract.MatchAccepted(proposal, need, volunteer.User.Id, Now, association));
        (await Me(volunteer)).HoursCommitted.ShouldBe(0, "accepted is not confirmed yet");
        await Deliver(confirmed);
        await Deliver(confirmed);
        await Deliver(new Contract.MatchAccepted(proposal, need, volunteer.User.Id, Now, association));

        var busy = await Me(volunteer);
        busy.HoursCommitted.ShouldBe(8, "a repeated or late message never counts twice nor goes back");
        busy.HoursFree.ShouldBe(4);

        await Deliver(new Contract.MatchWithdrawn(proposal, need, association, volunteer.User.Id, "need-completed", 8, Now));

        var free = await Me(volunteer);
        free.HoursCommitted.ShouldBe(0);
        free.HoursFree.ShouldBe(12);
    }

    [Fact]
    public async Task AcceptedMatch_ShowsTheContactToTheNeedsAssociation_AndToNobodyElse()
    {
        var volunteer = await people.VolunteerAsync();
        var (proposal, need, association) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var url = $"/volunteers/{volunteer.User.Id}/contact";
        var members = factory.CreateClientAs(TestUser.AssociationMember(association));
        (await members.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "nothing accepted yet");

        await Deliver(new Contract.MatchAccepted(proposal, need, volunteer.User.Id, Now, association));

        var contact = (await members.GetFromJsonAsync<VolunteerContact>(url, Ct))!;
        contact.DisplayName.ShouldBe("Camille Martin");
        contact.ContactEmail.ShouldBe("camille.martin@example.org");
        (await factory.CreateClientAs(TestUser.AssociationMember(Guid.NewGuid())).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var funder = new TestUser(Guid.NewGuid(), [Roles.Funder], [OrganisationKinds.ClaimValue(OrganisationKinds.Funder, Guid.NewGuid())]);
        (await factory.CreateClientAs(funder).GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await people.Coordinator().GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await Deliver(new Contract.MatchDeclined(proposal, need, volunteer.User.Id, "Volunteer", "no-time", Now));

        (await members.GetAsync(url, Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "a declined match no longer opens the contact");
    }

    [Fact]
    public async Task ConfirmationOvertakingItsAcceptance_StillOpensTheContact()
    {
        var volunteer = await people.VolunteerAsync();
        var (proposal, need, association) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await Deliver(new Contract.MatchConfirmed(proposal, need, volunteer.User.Id, 6, Now));
        await Deliver(new Contract.MatchAccepted(proposal, need, volunteer.User.Id, Now, association));

        (await factory.CreateClientAs(TestUser.AssociationMember(association)).GetAsync($"/volunteers/{volunteer.User.Id}/contact", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Me(volunteer)).HoursCommitted.ShouldBe(6);
    }

    private static async Task<MyProfile> Me(People.Volunteer volunteer) => await People.Read<MyProfile>(await volunteer.Client.GetAsync("/volunteers/me", Ct));

    private async Task Deliver<T>(T message)
        where T : class
    {
        var id = Guid.NewGuid();
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = id, Ct);
        await factory.Deliveries.WaitAsync(id, 1);
    }
}
