using System.Text.RegularExpressions;
using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;
using ShareAlliance.Volunteers.Features.GetMyProfile;
using ShareAlliance.Volunteers.Features.RecordMatch;

namespace ShareAlliance.Volunteers.Features.SetProfile;

public sealed record SkillLevelInput(string Skill, int Level);

/// <summary>The whole profile, replaced at once (PUT), with the personal details that are kept apart from it.</summary>
public sealed partial record SetProfileCommand(
    string DisplayName,
    string? ContactEmail,
    string? ContactPhone,
    IReadOnlyList<SkillLevelInput> Skills,
    int HoursPerMonth,
    DateOnly? AvailableFrom,
    DateOnly? AvailableUntil,
    WorkMode? WorkMode,
    string? Departement,
    int? RadiusKm,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? Causes,
    IReadOnlyList<string>? Categories,
    bool AcceptsSensitiveNeeds) : ICommand<MyProfile>
{
    public const int MaxHoursPerMonth = 200;
    public const int MaxSkills = 30;
    public const int MaxRadiusKm = 1_000;

    public long? ExpectedVersion { get; init; }

    public VolunteerProfile ToProfile() => new(
        [.. Skills.Select(s => new SkillLevel(s.Skill, s.Level))], HoursPerMonth, AvailableFrom, AvailableUntil, WorkMode!.Value,
        Departement, WorkMode == Domain.WorkMode.Remote ? null : RadiusKm,
        [.. (Languages ?? ["fr"]).Distinct(StringComparer.Ordinal)], [.. (Causes ?? []).Distinct(StringComparer.Ordinal)],
        [.. (Categories ?? []).Distinct(StringComparer.Ordinal)], AcceptsSensitiveNeeds);

    [GeneratedRegex("^[a-z]{2}$")]
    internal static partial Regex LanguageCode();
}

public sealed class SetProfileValidator : AbstractValidator<SetProfileCommand>
{
    public SetProfileValidator()
    {
        RuleFor(c => c.DisplayName).NotEmpty().MaximumLength(100);
        RuleFor(c => c.ContactEmail).EmailAddress().MaximumLength(200);
        RuleFor(c => c.ContactPhone).Matches(@"^\+?[0-9 .\-]{6,20}$").WithMessage("A phone number is digits, spaces, dots or dashes, with an optional +.");
        RuleFor(c => c.Skills).NotEmpty().WithMessage("Name at least one skill.")
            .Must(s => s.Count <= SetProfileCommand.MaxSkills).WithMessage($"At most {SetProfileCommand.MaxSkills} skills.")
            .Must(s => s.Select(x => x?.Skill).Distinct(StringComparer.Ordinal).Count() == s.Count).WithMessage("Each skill may appear once.");
        RuleForEach(c => c.Skills).NotNull().ChildRules(skill =>
        {
            skill.RuleFor(s => s.Skill).NotEmpty().Must(Skills.IsKnown)
                .WithMessage(s => $"'{s.Skill}' is not in the skills catalogue (search it with GET /skills?q=…).");
            skill.RuleFor(s => s.Level).InclusiveBetween(1, 4).WithMessage("A level is 1 (notions), 2 (autonomous), 3 (advanced) or 4 (expert).");
        });
        RuleFor(c => c.HoursPerMonth).InclusiveBetween(1, SetProfileCommand.MaxHoursPerMonth)
            .WithMessage($"Hours per month are between 1 and {SetProfileCommand.MaxHoursPerMonth}.");
        RuleFor(c => c.AvailableUntil).GreaterThanOrEqualTo(c => c.AvailableFrom)
            .When(c => c.AvailableFrom is not null && c.AvailableUntil is not null).WithMessage("Available until must not be before available from.");
        RuleFor(c => c.WorkMode).NotNull();
        RuleFor(c => c.Departement).NotEmpty().When(c => c.WorkMode is WorkMode.OnSite or WorkMode.Hybrid)
            .WithMessage("On-site and hybrid volunteers say where they travel from: a département.");
        RuleFor(c => c.Departement).Must(Places.IsKnownDepartement).When(c => !string.IsNullOrEmpty(c.Departement))
            .WithMessage(c => $"'{c.Departement}' is not a French département code (for example 75, 2A, 974).");
        RuleFor(c => c.RadiusKm).InclusiveBetween(0, SetProfileCommand.MaxRadiusKm);
        RuleForEach(c => c.Languages).Matches(SetProfileCommand.LanguageCode()).WithMessage("Languages are ISO 639-1 codes such as 'fr' or 'en'.");
        RuleForEach(c => c.Causes).Must(Causes.IsKnown).WithMessage((_, cause) => $"'{cause}' is not a cause area.");
        RuleForEach(c => c.Categories).Must(NeedCategories.IsKnown).WithMessage((_, category) => $"'{category}' is not a need category.");
    }
}

/// <summary>Creates the caller's profile on first use, edits it afterwards; the personal details are stored beside it, not in its events.</summary>
public sealed class SetProfileHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<SetProfileCommand, MyProfile>
{
    public async ValueTask<MyProfile> Handle(SetProfileCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var profile = command.ToProfile();
        Volunteer volunteer;
        if (await session.Events.FetchStreamStateAsync(user.Id, cancellationToken) is null)
        {
            if (command.ExpectedVersion is { } expected and not 0)
            {
                throw new ServiceDefaults.Problems.StaleVersionException(expected, 0);
            }

            var joined = Volunteer.Join(user.Id, profile, now);
            session.Events.StartStream<Volunteer>(user.Id, joined);
            volunteer = Volunteer.Create(joined) with { Version = 1 };
        }
        else
        {
            var stream = await session.FetchForUpdateAsync<Volunteer>(user.Id, command.ExpectedVersion, cancellationToken);
            var edited = stream.Aggregate!.Edit(profile, now);
            stream.AppendOne(edited);
            volunteer = stream.Aggregate.Next(edited) with { Version = stream.Aggregate.Version + 1 };
        }

        var details = new VolunteerDetails(user.Id, command.DisplayName.Trim(), command.ContactEmail?.Trim(), command.ContactPhone?.Trim(), now);
        session.Store(details);
        return MyProfile.From(volunteer, details, await session.CommittedHoursAsync(user.Id, cancellationToken));
    }
}

public static class SetProfileEndpoint
{
    public static void MapSetProfile(this IEndpointRouteBuilder app) =>
        app.MapPut("/volunteers/me", async (SetProfileCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var profile = await sender.Send(command with { ExpectedVersion = request.IfMatchVersion() }, ct);
                response.SetETag(profile.Version);
                return TypedResults.Ok(profile);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Volunteer))
            .WithName("SetMyVolunteerProfile")
            .WithSummary("Create or replace your volunteer profile (skills and levels, hours, place, languages…). Send its ETag in If-Match to edit safely: a stale one gets 412.")
            .WithTags("Volunteers");
}
