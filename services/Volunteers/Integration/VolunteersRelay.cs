using JasperFx.Events;
using ShareAlliance.ServiceDefaults.Messaging;
using ShareAlliance.Volunteers.Domain;
using Contract = ShareAlliance.Contracts.Volunteers;

namespace ShareAlliance.Volunteers.Integration;

/// <summary>Which stored events leave the service, and as which contract: ids and facts, never a name or a contact.</summary>
public sealed class VolunteersRelay : IIntegrationEventMap
{
    public object? ToContract(IEvent stored) => stored.Data switch
    {
        IVolunteerChange e => Profile(e, stored.Version),
        VolunteerWithdrew e => new Contract.VolunteerWithdrawn(e.VolunteerId, stored.Version, e.WithdrewAt),
        EmployerRegistered e => new Contract.EmployerRegistered(e.EmployerId, e.OwnerUserId, e.RegisteredAt),
        ProgrammeOpened e => new Contract.ProgrammeOpened(
            e.ProgrammeId, e.EmployerId, stored.Version, e.Terms.AnnualHoursBudget, e.Terms.HoursCapPerEmployee, e.Terms.From, e.Terms.Until, e.OpenedAt),
        ProgrammeClosed e => new Contract.ProgrammeClosed(e.ProgrammeId, e.EmployerId, stored.Version, e.ClosedAt),
        EmployeeEnrolled e => new Contract.EmployeeEnrolled(e.ProgrammeId, e.EmployerId, e.VolunteerId, e.HoursCapPerEmployee, e.EnrolledAt),
        _ => null,
    };

    private static Contract.VolunteerProfileUpdated Profile(IVolunteerChange e, long version)
    {
        var p = e.After.Profile;
        return new(
            e.VolunteerId, version, [.. p.Skills.Select(s => new Contract.SkillLevel(s.Skill, s.Level))], p.HoursPerMonth, p.AvailableFrom, p.AvailableUntil,
            p.WorkMode.ToString(), p.Departement, p.RadiusKm, p.Languages, p.Causes, p.Categories, p.AcceptsSensitiveNeeds,
            e.After.Verified, e.After.Paused, e.At);
    }
}
