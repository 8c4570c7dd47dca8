using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.DraftNeed;

public sealed record DraftNeedCommand(
    Guid AssociationId,
    string Title,
    string? Description,
    string Category,
    NeedFormat? Format,
    WorkMode? WorkMode,
    NeedPlace? Place,
    int EffortHours,
    DateOnly? Deadline,
    Urgency? Urgency,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<RequiredSkillInput> RequiredSkills,
    decimal? Budget,
    bool Sensitive) : ICommand<NeedDetails>, INeedContentInput;

public sealed class DraftNeedValidator : AbstractValidator<DraftNeedCommand>
{
    public DraftNeedValidator(TimeProvider clock)
    {
        RuleFor(c => c.AssociationId).NotEmpty();
        this.AddNeedContentRules(clock);
    }
}

public sealed class DraftNeedHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<DraftNeedCommand, NeedDetails>
{
    public ValueTask<NeedDetails> Handle(DraftNeedCommand command, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Association, command.AssociationId);
        var drafted = Need.Draft(Guid.CreateVersion7(), command.AssociationId, command.ToContent(), user.Id, clock.GetUtcNow());
        session.Events.StartStream<Need>(drafted.NeedId, drafted);
        return ValueTask.FromResult(NeedDetails.From(Need.Create(drafted) with { Version = 1 }));
    }
}
