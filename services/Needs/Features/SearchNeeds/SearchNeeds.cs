using System.Globalization;
using FluentValidation;
using Marten;
using Marten.Storage;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using ShareAlliance.Needs.Domain;
using ShareAlliance.ReferenceData;

namespace ShareAlliance.Needs.Features.SearchNeeds;

/// <summary>
/// GET /needs as the client wrote it: every value a string, so a malformed one is answered by the validator, naming
/// its parameter, instead of failing in model binding.
/// </summary>
public sealed record SearchNeedsQuery : IQuery<NeedSearchResult>
{
    [FromQuery(Name = "q")] public string? Q { get; init; }

    [FromQuery(Name = "category")] public string[]? Category { get; init; }

    [FromQuery(Name = "skill")] public string[]? Skill { get; init; }

    [FromQuery(Name = "departement")] public string[]? Departement { get; init; }

    [FromQuery(Name = "region")] public string[]? Region { get; init; }

    [FromQuery(Name = "workMode")] public string[]? WorkMode { get; init; }

    [FromQuery(Name = "remote")] public string? Remote { get; init; }

    [FromQuery(Name = "urgency")] public string[]? Urgency { get; init; }

    [FromQuery(Name = "format")] public string[]? Format { get; init; }

    [FromQuery(Name = "status")] public string[]? Status { get; init; }

    [FromQuery(Name = "near")] public string? Near { get; init; }

    [FromQuery(Name = "radiusKm")] public string? RadiusKm { get; init; }

    [FromQuery(Name = "sort")] public string? Sort { get; init; }

    [FromQuery(Name = "page")] public string? Page { get; init; }

    [FromQuery(Name = "pageSize")] public string? PageSize { get; init; }

    /// <summary>The typed search; call after validation (values that do not parse were refused there).</summary>
    public NeedSearchCriteria ToCriteria()
    {
        var defaults = new NeedSearchCriteria();
        var workModes = Parsed<WorkMode>(WorkMode);
        workModes = Remote is null ? workModes : bool.Parse(Remote) switch
        {
            true => [.. workModes.Append(Domain.WorkMode.Remote).Distinct()],
            false => [.. (workModes.Count == 0 ? Enum.GetValues<WorkMode>() : (IEnumerable<WorkMode>)workModes).Where(m => m != Domain.WorkMode.Remote)],
        };
        return defaults with
        {
            Text = string.IsNullOrWhiteSpace(Q) ? null : Q,
            Categories = Distinct(Category),
            Skills = Distinct(Skill),
            Departements = Distinct(Departement),
            Regions = Distinct(Region),
            WorkModes = workModes,
            Urgencies = Parsed<Urgency>(Urgency),
            Formats = Parsed<NeedFormat>(Format),
            Statuses = Status is { Length: > 0 } ? Parsed<NeedStatus>(Status) : defaults.Statuses,
            Near = Near,
            RadiusKm = RadiusKm is null ? defaults.RadiusKm : double.Parse(RadiusKm, NumberStyles.Float, CultureInfo.InvariantCulture),
            Sort = Sort is null ? defaults.Sort : Parsed<NeedSearchSort>([Sort])[0],
            Page = Page is null ? defaults.Page : int.Parse(Page, CultureInfo.InvariantCulture),
            PageSize = PageSize is null ? defaults.PageSize : int.Parse(PageSize, CultureInfo.InvariantCulture),
        };
    }

    private static string[] Distinct(string[]? values) => [.. (values ?? []).Distinct(StringComparer.Ordinal)];

    private static List<T> Parsed<T>(string[]? values)
        where T : struct, Enum =>
        [.. (values ?? []).Select(v => NeedSearchCriteria.TryParseName<T>(v, out var parsed) ? parsed : throw new FormatException(v)).Distinct()];
}

public sealed class SearchNeedsValidator : AbstractValidator<SearchNeedsQuery>
{
    private const int MaxValuesPerParameter = 50;

    public SearchNeedsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        Codes(q => q.Category, NeedCategories.IsKnown, "need category", NeedCategories.All.Select(c => c.Code));
        Codes(q => q.Skill, ReferenceData.Skills.IsKnown, "skill in the catalogue (search it with GET /skills?q=…)", null);
        Codes(q => q.Departement, Places.IsKnownDepartement, "département code (for example 75, 2A, 974)", null);
        Codes(q => q.Region, Places.IsKnownRegion, "région code (INSEE, for example 11, 84)", null);
        Names<WorkMode>(q => q.WorkMode, Enum.GetNames<WorkMode>());
        Names<Urgency>(q => q.Urgency, Enum.GetNames<Urgency>());
        Names<NeedFormat>(q => q.Format, Enum.GetNames<NeedFormat>());
        var searchable = NeedSearchCriteria.PublicStatuses.Select(s => s.ToString()).ToList();
        Codes(q => q.Status, s => searchable.Contains(s ?? "", StringComparer.OrdinalIgnoreCase), "status a search shows", searchable);
        Names<NeedSearchSort>(q => q.Sort == null ? null : new[] { q.Sort }, Enum.GetNames<NeedSearchSort>(), "sort");

        RuleFor(q => q.Remote).Must(r => bool.TryParse(r, out _)).When(q => q.Remote is not null).WithMessage("remote is true or false.");
        RuleFor(q => q.Remote).Must(_ => false).When(q => bool.TryParse(q.Remote, out var remote) && !remote
                && q.WorkMode is { Length: > 0 } modes && modes.All(m => string.Equals(m, nameof(Domain.WorkMode.Remote), StringComparison.OrdinalIgnoreCase)))
            .WithMessage("remote=false leaves nothing of workMode=Remote.");

        RuleFor(q => q.Near).Must(Places.IsKnownDepartement).When(q => q.Near is not null)
            .WithMessage(q => $"'{q.Near}' is not a département code: near takes one (for example 69).");
        RuleFor(q => q.RadiusKm)
            .Must(r => double.TryParse(r, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) && km > 0 && km <= NeedSearchCriteria.MaxRadiusKm)
            .When(q => q.RadiusKm is not null)
            .WithMessage($"radiusKm is a distance in km, above 0 and at most {NeedSearchCriteria.MaxRadiusKm:0}.");
        RuleFor(q => q.RadiusKm).Must(_ => false).When(q => q.RadiusKm is not null && q.Near is null)
            .WithMessage("radiusKm needs near: the département to measure from.");
        Number(q => q.Page, 1, NeedSearchCriteria.MaxPage, "page");
        Number(q => q.PageSize, 1, NeedSearchCriteria.MaxPageSize, "pageSize");
    }

    private void Codes(System.Linq.Expressions.Expression<Func<SearchNeedsQuery, string[]?>> values, Func<string?, bool> isKnown, string what, IEnumerable<string>? choices)
    {
        var known = choices is null ? "" : $" Use one of: {string.Join(", ", choices)}.";
        RuleFor(values).Must(v => v is null || v.Length <= MaxValuesPerParameter).WithMessage($"At most {MaxValuesPerParameter} values.");
        RuleFor(values).Must(v => v is null || v.All(isKnown))
            .WithMessage((query, v) => $"'{string.Join("', '", v!.Where(x => !isKnown(x)))}' is not a {what}.{known}");
    }

    private void Names<T>(System.Linq.Expressions.Expression<Func<SearchNeedsQuery, string[]?>> values, string[] names, string? name = null)
        where T : struct, Enum
    {
        var rule = RuleFor(values).Must(v => v is null || v.All(x => NeedSearchCriteria.TryParseName<T>(x, out _)))
            .WithMessage((query, v) => $"'{string.Join("', '", v!.Where(x => !NeedSearchCriteria.TryParseName<T>(x, out _)))}' is not one of: {string.Join(", ", names)}.");
        if (name is not null)
        {
            rule.OverridePropertyName(name);
        }
    }

    private void Number(System.Linq.Expressions.Expression<Func<SearchNeedsQuery, string?>> value, int min, int max, string name)
    {
        var read = value.Compile();
        RuleFor(value).Must(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            .When(q => read(q) is not null)
            .WithMessage($"{name} is a whole number from {min} to {max}.");
    }
}

public sealed class SearchNeedsHandler(IQuerySession session) : IQueryHandler<SearchNeedsQuery, NeedSearchResult>
{
    public async ValueTask<NeedSearchResult> Handle(SearchNeedsQuery query, CancellationToken cancellationToken)
    {
        await using var connection = session.Database.CreateConnection(ConnectionUsage.Read);
        await connection.OpenAsync(cancellationToken);
        return await NeedSearch.RunAsync(connection, session.DocumentStore.Options.DatabaseSchemaName, query.ToCriteria(), cancellationToken);
    }
}
