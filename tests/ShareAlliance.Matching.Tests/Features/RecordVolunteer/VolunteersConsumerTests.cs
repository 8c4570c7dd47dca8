using System.Net;
using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.Matching.ReadModel;
using ShareAlliance.Testing;
using Contract = ShareAlliance.Contracts.Volunteers;

namespace ShareAlliance.Matching.Tests.Features.RecordVolunteer;

public sealed class VolunteersConsumerTests(MatchingFactory factory) : IClassFixture<MatchingFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Contract.VolunteerProfileUpdated Profile(Guid id, long version, int hours, bool paused = false) => new(
        id, version, [new Contract.SkillLevel("data.sql", 3)], hours, null, null, "Hybrid", "69", 30, ["fr"], ["social"], ["DATA"],
        AcceptsSensitiveNeeds: true, Verified: false, Paused: paused, DateTimeOffset.UtcNow);

    [Fact]
    public async Task UpdatedProfile_BecomesKnownToMatching()
    {
        var id = Guid.NewGuid();

        await Deliver(Profile(id, 1, hours: 12), Guid.NewGuid());

        var response = await Coordinator().GetAsync($"/volunteers/{id}", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        var known = (await response.Content.ReadFromJsonAsync<KnownVolunteer>(Ct))!;
        known.Facts!.HoursPerMonth.ShouldBe(12);
        known.Facts.Skills.ShouldHaveSingleItem().ShouldBe(new KnownSkillLevel("data.sql", 3));
        known.Facts.Departement.ShouldBe("69");
        known.Withdrawn.ShouldBeFalse();
    }

    [Fact]
    public async Task OlderProfileArrivingLate_NeverOverwritesTheNewerOne()
    {
        var id = Guid.NewGuid();
        await Deliver(Profile(id, 3, hours: 30, paused: true), Guid.NewGuid());

        await Deliver(Profile(id, 2, hours: 20), Guid.NewGuid());

        var known = await Known(id);
        known.Facts!.HoursPerMonth.ShouldBe(30);
        known.Facts.Paused.ShouldBeTrue();
        known.Version.ShouldBe(3);
    }

    [Fact]
    public async Task WithdrawalOvertakenByAnOlderProfile_StaysWithdrawn()
    {
        var id = Guid.NewGuid();
        await Deliver(new Contract.VolunteerWithdrawn(id, 3, DateTimeOffset.UtcNow), Guid.NewGuid());

        await Deliver(Profile(id, 2, hours: 12), Guid.NewGuid());

        var known = await Known(id);
        known.Withdrawn.ShouldBeTrue();
        known.Facts!.HoursPerMonth.ShouldBe(12, "the facts still arrive: they are older than nothing matching held");
        known.Version.ShouldBe(3);
    }

    [Fact]
    public async Task Enrolment_RecordsTheEmployerOnTheVolunteerOnce()
    {
        var id = Guid.NewGuid();
        await Deliver(Profile(id, 1, hours: 12), Guid.NewGuid());
        var enrolled = new Contract.EmployeeEnrolled(Guid.NewGuid(), Guid.NewGuid(), id, 80, DateTimeOffset.UtcNow);

        await Deliver(enrolled, Guid.NewGuid());
        await Deliver(enrolled, Guid.NewGuid());

        var known = await Known(id);
        known.Employments.ShouldHaveSingleItem().ShouldBe(new KnownEmployment(enrolled.ProgrammeId, enrolled.EmployerId, 80));
        known.Version.ShouldBe(1);
    }

    [Fact]
    public async Task WhatMatchingKnowsOfVolunteers_IsForCoordinatorsOnly()
    {
        var id = Guid.NewGuid();
        await Deliver(Profile(id, 1, hours: 12), Guid.NewGuid());

        (await factory.CreateClientAs(TestUser.Volunteer()).GetAsync($"/volunteers/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private HttpClient Coordinator() => factory.CreateClientAs(TestUser.Coordinator());

    private async Task Deliver<T>(T message, Guid messageId)
        where T : class
    {
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = messageId, Ct);
        await factory.Deliveries.WaitAsync(messageId, 1);
    }

    private async Task<KnownVolunteer> Known(Guid id) => (await Coordinator().GetFromJsonAsync<KnownVolunteer>($"/volunteers/{id}", Ct))!;
}
