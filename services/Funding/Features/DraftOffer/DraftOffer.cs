using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.DraftOffer;

public sealed record DraftOfferCommand(
    Guid FunderId,
    string Title,
    string? Description,
    decimal? TotalBudget,
    decimal? MaximumPerNeed,
    IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? Causes,
    IReadOnlyList<string>? Regions,
    IReadOnlyList<string>? Departements,
    IReadOnlyList<string>? Formats,
    DateOnly? Deadline) : ICommand<FundingOffer>;

public sealed class DraftOfferValidator : AbstractValidator<DraftOfferCommand>
{
    /// <summary>The formats of a need, as the needs contracts write them.</summary>
    public static readonly IReadOnlyList<string> NeedFormats = ["OneOffMission", "LongTerm", "SkillsSponsorship", "ProBono"];

    public DraftOfferValidator(TimeProvider clock)
    {
        RuleFor(c => c.FunderId).NotEmpty();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Description).MaximumLength(4_000);
        RuleFor(c => c.TotalBudget).Must(Money.IsAmount).WithMessage(Money.Rule);
        RuleFor(c => c.MaximumPerNeed).Must(Money.IsAmount).WithMessage(Money.Rule);
        RuleFor(c => c.MaximumPerNeed).LessThanOrEqualTo(c => c.TotalBudget)
            .When(c => Money.IsAmount(c.TotalBudget) && Money.IsAmount(c.MaximumPerNeed))
            .WithMessage("The maximum per need cannot exceed the total budget.");
        RuleForEach(c => c.Categories).Must(NeedCategories.IsKnown).WithMessage((_, code) => $"'{code}' is not a need category (for example COMM, DATA).");
        RuleForEach(c => c.Causes).Must(Causes.IsKnown).WithMessage((_, code) => $"'{code}' is not a cause area.");
        RuleForEach(c => c.Regions).Must(Places.IsKnownRegion).WithMessage((_, code) => $"'{code}' is not a French région code (for example 11, 84).");
        RuleForEach(c => c.Departements).Must(Places.IsKnownDepartement).WithMessage((_, code) => $"'{code}' is not a French département code (for example 75, 2A, 974).");
        RuleForEach(c => c.Formats).Must(f => NeedFormats.Contains(f, StringComparer.Ordinal))
            .WithMessage((_, f) => $"'{f}' is not a need format ({string.Join(", ", NeedFormats)}).");
        RuleFor(c => c.Deadline).NotNull()
            .GreaterThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The deadline cannot be in the past.");
    }
}

public sealed class DraftOfferHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<DraftOfferCommand, FundingOffer>
{
    public async ValueTask<FundingOffer> Handle(DraftOfferCommand c, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Funder, c.FunderId);
        _ = await session.LoadAsync<Funder>(c.FunderId, cancellationToken)
            ?? throw new ServiceDefaults.Problems.NotFoundException(nameof(Funder));
        var regions = Distinct(c.Regions);
        var departements = Distinct(c.Departements);
        var eligible = regions.SelectMany(r => Places.DepartementsIn(r).Select(d => d.Code)).Concat(departements).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var terms = new OfferTerms(
            c.Title, c.Description ?? string.Empty, c.TotalBudget!.Value, c.MaximumPerNeed!.Value, Distinct(c.Categories), Distinct(c.Causes),
            regions, departements, [.. eligible], Distinct(c.Formats), c.Deadline!.Value);
        var drafted = FundingOffer.Draft(Guid.CreateVersion7(), c.FunderId, terms, user.Id, clock.GetUtcNow());
        session.Events.StartStream<FundingOffer>(drafted.OfferId, drafted);
        return FundingOffer.Create(drafted) with { Version = 1 };
    }

    private static List<string> Distinct(IReadOnlyList<string>? values) => [.. (values ?? []).Distinct(StringComparer.Ordinal)];
}

public static class DraftOfferEndpoint
{
    public static void MapDraftOffer(this IEndpointRouteBuilder app) =>
        app.MapPost("/offers", async (DraftOfferCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var offer = await sender.Send(command, ct);
                response.SetETag(offer.Version);
                return TypedResults.Created($"/offers/{offer.Id}", offer);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Funder))
            .WithName("DraftOffer")
            .WithSummary("Write a funding offer as a draft for your funder: budget, maximum per need, criteria, deadline. Open it when ready.")
            .WithTags("Offers");
}
