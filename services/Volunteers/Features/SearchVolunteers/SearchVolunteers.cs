using System.Globalization;
using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;
using ShareAlliance.Volunteers.Features.GetVolunteer;

namespace ShareAlliance.Volunteers.Features.SearchVolunteers;

/// <summary>
/// GET /volunteers as the client wrote it: every value a string, so a malformed one is answered by the validator, naming
/// its parameter. Paused and withdrawn volunteers are never found; results are anonymous profiles.
/// </summary>
public sealed record SearchVolunteersQuery : IQuery<VolunteerSearchResult>
{
    public const int MaxPageSize = 100;

    [FromQuery(Name = "skill")] public string? Skill { get; init; }

    [FromQuery(Name = "minLevel")] public string? MinLevel { get; init; }

    [FromQuery(Name = "departement")] public string? Departement { get; init; }

    [FromQuery(Name = "remote")] public string? Remote { get; init; }

    [FromQuery(Name = "minHours")] public string? MinHours { get; init; }

    [FromQuery(Name = "language")] public string? Language { get; init; }

    [FromQuery(Name = "page")] public string? Page { get; init; }

    [FromQuery(Name = "pageSize")] public string? PageSize { get; init; }

    internal static int? Int(string? value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}

public sealed record VolunteerSearchResult(long Total, int Page, int PageSize, IReadOnlyList<VolunteerPublicView> Items);

public sealed class SearchVolunteersValidator : AbstractValidator<SearchVolunteersQuery>
{
    public SearchVolunteersValidator()
    {
        RuleFor(q => q.Skill).Must(Skills.IsKnown).When(q => q.Skill is not null).WithMessage(q => $"'{q.Skill}' is not in the skills catalogue.");
        RuleFor(q => q.MinLevel).Must(v => SearchVolunteersQuery.Int(v) is >= 1 and <= 4).When(q => q.MinLevel is not null)
            .WithMessage("A minimum level is 1 to 4.");
        RuleFor(q => q.MinLevel).Null().When(q => q.Skill is null).WithMessage("A minimum level goes with a skill.");
        RuleFor(q => q.Departement).Must(Places.IsKnownDepartement).When(q => q.Departement is not null)
            .WithMessage(q => $"'{q.Departement}' is not a French département code.");
        RuleFor(q => q.Remote).Must(v => bool.TryParse(v, out _)).When(q => q.Remote is not null).WithMessage("remote is true or false.");
        RuleFor(q => q.MinHours).Must(v => SearchVolunteersQuery.Int(v) is >= 0 and <= 200).When(q => q.MinHours is not null)
            .WithMessage("Minimum hours are 0 to 200.");
        RuleFor(q => q.Language).Matches("^[a-z]{2}$").When(q => q.Language is not null).WithMessage("A language is an ISO 639-1 code such as 'fr'.");
        RuleFor(q => q.Page).Must(v => SearchVolunteersQuery.Int(v) is >= 1 and <= 10_000).When(q => q.Page is not null);
        RuleFor(q => q.PageSize).Must(v => SearchVolunteersQuery.Int(v) is >= 1 and <= SearchVolunteersQuery.MaxPageSize).When(q => q.PageSize is not null);
    }
}

/// <summary>
/// Filters combine: a skill at the minimum level (1 when not given), a département the volunteer can work on site in
/// (theirs or one within their radius), remote (true: they accept remote or hybrid work; false: on-site or hybrid), hours a month, a language.
/// </summary>
public sealed class SearchVolunteersHandler(IQuerySession session) : IQueryHandler<SearchVolunteersQuery, VolunteerSearchResult>
{
    public async ValueTask<VolunteerSearchResult> Handle(SearchVolunteersQuery query, CancellationToken cancellationToken)
    {
        var page = SearchVolunteersQuery.Int(query.Page) ?? 1;
        var pageSize = SearchVolunteersQuery.Int(query.PageSize) ?? 20;
        IQueryable<Volunteer> found = session.Query<Volunteer>().Where(v => !v.Withdrawn && !v.Facts.Paused);
        if (query.Skill is { } skill)
        {
            var minLevel = SearchVolunteersQuery.Int(query.MinLevel) ?? 1;
            found = found.Where(v => v.Facts.Profile.Skills.Any(s => s.Skill == skill && s.Level >= minLevel));
        }

        if (query.Departement is { } departement)
        {
            found = found.Where(v => v.Reach.Contains(departement));
        }

        if (query.Remote is { } remote)
        {
            var excluded = bool.Parse(remote) ? WorkMode.OnSite : WorkMode.Remote;
            found = found.Where(v => v.Facts.Profile.WorkMode != excluded);
        }

        if (SearchVolunteersQuery.Int(query.MinHours) is { } minHours)
        {
            found = found.Where(v => v.Facts.Profile.HoursPerMonth >= minHours);
        }

        if (query.Language is { } language)
        {
            found = found.Where(v => v.Facts.Profile.Languages.Contains(language));
        }

        var total = await found.CountAsync(cancellationToken);
        var items = await found.OrderBy(v => v.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new(total, page, pageSize, [.. items.Select(VolunteerPublicView.From)]);
    }
}

public static class SearchVolunteersEndpoint
{
    public static void MapSearchVolunteers(this IEndpointRouteBuilder app) =>
        app.MapGet("/volunteers", async ([AsParameters] SearchVolunteersQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Coordinator, Roles.AssociationMember))
            .WithName("SearchVolunteers")
            .WithSummary("Find volunteers by skill and minimum level, département, remote, hours a month, language (anonymous profiles).")
            .WithTags("Volunteers");
}
