using System.Text.RegularExpressions;
using FluentValidation;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Needs.Features;

public sealed record RequiredSkillInput(string Skill, int MinimumLevel);

/// <summary>The editable fields of a need, as a client sends them when drafting or editing it.</summary>
public interface INeedContentInput
{
    string Title { get; }

    string? Description { get; }

    string Category { get; }

    NeedFormat? Format { get; }

    WorkMode? WorkMode { get; }

    NeedPlace? Place { get; }

    int EffortHours { get; }

    DateOnly? Deadline { get; }

    Urgency? Urgency { get; }

    IReadOnlyList<string>? Languages { get; }

    IReadOnlyList<RequiredSkillInput> RequiredSkills { get; }

    decimal? Budget { get; }

    bool Sensitive { get; }
}

public static partial class NeedContentInput
{
    public const int MaxTitleLength = 120;
    public const int MaxDescriptionLength = 4_000;
    public const int MaxEffortHours = 2_000;
    public const int MaxSkills = 20;
    public const decimal MaxBudget = 1_000_000m;

    public static NeedContent ToContent(this INeedContentInput input) => new(
        input.Title, input.Description ?? string.Empty, input.Category, input.Format!.Value, input.WorkMode!.Value,
        input.WorkMode == Domain.WorkMode.Remote ? null : input.Place, input.EffortHours, input.Deadline!.Value, input.Urgency!.Value,
        [.. (input.Languages ?? ["fr"]).Distinct(StringComparer.Ordinal)],
        [.. input.RequiredSkills.Select(s => new RequiredSkill(s.Skill, s.MinimumLevel))],
        input.Budget, input.Sensitive);

    /// <summary>The rules every draft and edit of a need obeys (field names are the JSON ones).</summary>
    public static void AddNeedContentRules<T>(this AbstractValidator<T> v, TimeProvider clock)
        where T : INeedContentInput
    {
        v.RuleFor(c => c.Title).NotEmpty().MaximumLength(MaxTitleLength);
        v.RuleFor(c => c.Description).MaximumLength(MaxDescriptionLength);
        v.RuleFor(c => c.Category).NotEmpty().Must(NeedCategories.IsKnown)
            .WithMessage(c => $"'{c.Category}' is not a need category. Use one of: {string.Join(", ", NeedCategories.All.Select(x => x.Code))}.");
        v.RuleFor(c => c.Format).NotNull();
        v.RuleFor(c => c.WorkMode).NotNull();
        v.RuleFor(c => c.Place).NotNull().When(c => c.WorkMode is Domain.WorkMode.OnSite or Domain.WorkMode.Hybrid)
            .WithMessage("On-site and hybrid needs say where: a département (and city).");
        v.RuleFor(c => c.Place!.Departement).NotEmpty().Must(Places.IsKnownDepartement)
            .WithMessage(c => $"'{c.Place!.Departement}' is not a French département code (for example 75, 2A, 974).")
            .When(c => c.Place is not null).OverridePropertyName("place.departement");
        v.RuleFor(c => c.Place!.City).MaximumLength(100).When(c => c.Place is not null).OverridePropertyName("place.city");
        v.RuleFor(c => c.EffortHours).InclusiveBetween(1, MaxEffortHours);
        v.RuleFor(c => c.Deadline).NotNull()
            .GreaterThan(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The deadline must be in the future.");
        v.RuleFor(c => c.Urgency).NotNull();
        v.RuleForEach(c => c.Languages).Matches(LanguageCode()).WithMessage("Languages are ISO 639-1 codes such as 'fr' or 'en'.");
        v.RuleFor(c => c.RequiredSkills).NotEmpty().WithMessage("Name at least one required skill.")
            .Must(s => s.Count <= MaxSkills).WithMessage($"A need requires at most {MaxSkills} skills.")
            .Must(s => s.Select(x => x?.Skill).Distinct(StringComparer.Ordinal).Count() == s.Count).WithMessage("Each skill may appear once.");
        v.RuleForEach(c => c.RequiredSkills).NotNull().ChildRules(skill =>
        {
            skill.RuleFor(s => s.Skill).NotEmpty().Must(Skills.IsKnown)
                .WithMessage(s => $"'{s.Skill}' is not in the skills catalogue (search it with GET /skills?q=…).");
            skill.RuleFor(s => s.MinimumLevel).InclusiveBetween(1, 4);
        });
        v.RuleFor(c => c.Budget).GreaterThanOrEqualTo(0).LessThanOrEqualTo(MaxBudget)
            .PrecisionScale(9, 2, ignoreTrailingZeros: true).WithMessage("A budget is in euros with at most two decimals.");
    }

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
