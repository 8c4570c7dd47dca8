using MassTransit;
using Mediator;
using ShareAlliance.Matching.ReadModel;
using Contract = ShareAlliance.Contracts.Volunteers;

namespace ShareAlliance.Matching.Features.RecordVolunteer;

/// <summary>One consumer (so one queue) for the volunteers contracts matching keeps: a volunteer's messages share one queue.</summary>
public sealed class VolunteersConsumer(ISender sender)
    : IConsumer<Contract.VolunteerProfileUpdated>, IConsumer<Contract.VolunteerWithdrawn>, IConsumer<Contract.EmployeeEnrolled>
{
    public Task Consume(ConsumeContext<Contract.VolunteerProfileUpdated> context)
    {
        var m = context.Message;
        var facts = new VolunteerFacts(
            [.. m.Skills.Select(s => new KnownSkillLevel(s.Skill, s.Level))], m.HoursPerMonth, m.AvailableFrom, m.AvailableUntil, m.WorkMode,
            m.Departement, m.RadiusKm, m.Languages, m.Causes, m.Categories, m.AcceptsSensitiveNeeds, m.Verified, m.Paused);
        return Record(context, new(m.VolunteerId, m.Version, facts, Withdrawn: false, Employment: null));
    }

    public Task Consume(ConsumeContext<Contract.VolunteerWithdrawn> context) =>
        Record(context, new(context.Message.VolunteerId, context.Message.Version, null, Withdrawn: true, Employment: null));

    // Enrolment is not a profile version (it lives on the programme's stream): version 0 moves no version forward.
    public Task Consume(ConsumeContext<Contract.EmployeeEnrolled> context) =>
        Record(context, new(context.Message.VolunteerId, 0, null, Withdrawn: false,
            new KnownEmployment(context.Message.ProgrammeId, context.Message.EmployerId, context.Message.HoursCapPerEmployee)));

    private async Task Record<T>(ConsumeContext<T> context, RecordVolunteerCommand command)
        where T : class => await sender.Send(command, context.CancellationToken);
}
