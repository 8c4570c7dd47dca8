using System.Net.Http.Json;
using MassTransit;
using ShareAlliance.Matching.Domain;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Testing;
using Needs = ShareAlliance.Contracts.Needs;
using Volunteers = ShareAlliance.Contracts.Volunteers;

namespace ShareAlliance.Matching.Tests.Features;

/// <summary>
/// Volunteers and needs told to matching as the other services tell it (contracts on the harness), each delivery awaited.
/// Tests of one fixture share the index: each test uses skills no other test of its class asks for.
/// </summary>
public sealed class MatchingScenario(ServiceFactory<Program> factory)
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TestUser VolunteerUser(Guid volunteerId) => new(volunteerId, [Roles.Volunteer], []);

    public HttpClient As(TestUser user) => factory.CreateClientAs(user);

    public HttpClient AsVolunteer(Guid volunteerId) => factory.CreateClientAs(VolunteerUser(volunteerId));

    public HttpClient AsAssociation(Guid associationId) => factory.CreateClientAs(TestUser.AssociationMember(associationId));

    public async Task<Guid> VolunteerAsync(int hoursPerMonth, params (string Skill, int Level)[] skills)
    {
        var id = Guid.NewGuid();
        await ProfileAsync(id, 1, hoursPerMonth, skills);
        return id;
    }

    public Task ProfileAsync(Guid id, long version, int hoursPerMonth, params (string Skill, int Level)[] skills) => DeliverAsync(new Volunteers.VolunteerProfileUpdated(
        id, version, [.. skills.Select(s => new Volunteers.SkillLevel(s.Skill, s.Level))], hoursPerMonth, null, null, "Remote", null, null, ["fr"], [], [],
        AcceptsSensitiveNeeds: true, Verified: true, Paused: false, DateTimeOffset.UtcNow));

    /// <summary>A remote need in French, published at version 2; <paramref name="days"/> until its deadline.</summary>
    public static Needs.NeedPublished Need(Guid associationId, int effortHours, int days, params (string Skill, int Level)[] skills) => new(
        Guid.NewGuid(), 2, associationId, "Besoin de test", "DATA", [.. skills.Select(s => new Needs.RequiredSkill(s.Skill, s.Level))],
        new Needs.NeedTerms("OneOffMission", "Remote", null, effortHours, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days), "High", ["fr"], null, false),
        DateTimeOffset.UtcNow);

    public async Task<Needs.NeedPublished> PublishAsync(Guid associationId, int effortHours, int days, params (string Skill, int Level)[] skills)
    {
        var need = Need(associationId, effortHours, days, skills);
        await DeliverAsync(need);
        return need;
    }

    public async Task DeliverAsync<T>(T message, Guid? messageId = null)
        where T : class
    {
        var id = messageId ?? Guid.NewGuid();
        await factory.Harness.Bus.Publish(message, ctx => ctx.MessageId = id, Ct);
        await factory.Deliveries.WaitAsync(id, 1);
    }

    public async Task<List<Proposal>> ProposalsOfAsync(Guid volunteerId) =>
        (await AsVolunteer(volunteerId).GetFromJsonAsync<List<Proposal>>("/volunteers/me/proposals", Ct))!;

    public async Task<Proposal> OnlyProposalAsync(Guid volunteerId, Guid needId) =>
        (await ProposalsOfAsync(volunteerId)).Where(p => p.NeedId == needId).ShouldHaveSingleItem();
}
