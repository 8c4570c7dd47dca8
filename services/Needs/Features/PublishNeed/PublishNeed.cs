using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.PublishNeed;

public sealed record RequiredSkillInput(string Skill, int MinimumLevel);

public sealed record PublishNeedCommand(Guid AssociationId, string Title, string Category, IReadOnlyList<RequiredSkillInput> RequiredSkills)
    : ICommand<NeedDetails>;

public sealed partial class PublishNeedValidator : AbstractValidator<PublishNeedCommand>
{
    public const int MaxTitleLength = 120;
    public const int MaxSkills = 20;

    public PublishNeedValidator()
    {
        RuleFor(c => c.AssociationId).NotEmpty();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(MaxTitleLength);
        RuleFor(c => c.Category).NotEmpty()
            .Must(NeedCategories.IsKnown)
            .WithMessage(c => $"'{c.Category}' is not a need category. Use one of: {string.Join(", ", NeedCategories.All.Select(x => x.Code))}.");
        RuleFor(c => c.RequiredSkills).NotEmpty().WithMessage("Name at least one required skill.")
            .Must(s => s.Count <= MaxSkills).WithMessage($"A need requires at most {MaxSkills} skills.")
            .Must(s => s.Select(x => x?.Skill).Distinct(StringComparer.Ordinal).Count() == s.Count).WithMessage("Each skill may appear once.");
        RuleForEach(c => c.RequiredSkills).NotNull().ChildRules(skill =>
        {
            skill.RuleFor(s => s.Skill).NotEmpty().Matches(SkillSlug()).WithMessage("A skill is a catalogue slug such as 'web.wordpress'.");
            skill.RuleFor(s => s.MinimumLevel).InclusiveBetween(1, 4);
        });
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$")]
    private static partial System.Text.RegularExpressions.Regex SkillSlug();
}

public sealed class PublishNeedHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<PublishNeedCommand, NeedDetails>
{
    public ValueTask<NeedDetails> Handle(PublishNeedCommand command, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Association, command.AssociationId);
        var published = Need.Publish(
            Guid.CreateVersion7(), command.AssociationId, command.Title, command.Category,
            [.. command.RequiredSkills.Select(s => new RequiredSkill(s.Skill, s.MinimumLevel))],
            clock.GetUtcNow());
        session.Events.StartStream<Need>(published.NeedId, published);
        return ValueTask.FromResult(NeedDetails.From(Need.Create(published)));
    }
}
