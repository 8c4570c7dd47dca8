using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;
using ShareAlliance.Volunteers.Features.GetProgramme;

namespace ShareAlliance.Volunteers.Features.OpenProgramme;

/// <summary>
/// A new programme, open at once. <see cref="HourlyCost"/> is the average salary plus employer charges of an hour of the
/// employees lent, in euros: the valuation multiplies hours by it.
/// </summary>
public sealed record OpenProgrammeCommand(string Name, int AnnualHoursBudget, int HoursCapPerEmployee, DateOnly? From, DateOnly? Until, decimal HourlyCost)
    : ICommand<ProgrammeDetails>
{
    public Guid EmployerId { get; init; }
}

public sealed class OpenProgrammeValidator : AbstractValidator<OpenProgrammeCommand>
{
    public OpenProgrammeValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(120);
        RuleFor(c => c.AnnualHoursBudget).InclusiveBetween(1, 1_000_000);
        RuleFor(c => c.HoursCapPerEmployee).InclusiveBetween(1, 2_400).LessThanOrEqualTo(c => c.AnnualHoursBudget)
            .WithMessage("The cap per employee is 1 to 2,400 hours a year, and within the programme's budget.");
        RuleFor(c => c.From).NotNull();
        RuleFor(c => c.Until).NotNull().GreaterThanOrEqualTo(c => c.From).When(c => c.From is not null)
            .WithMessage("The period ends on or after its first day.");
        RuleFor(c => c.Until).Must((c, until) => until!.Value.DayNumber - c.From!.Value.DayNumber < 366 * 3)
            .When(c => c.From is not null && c.Until is not null).WithMessage("A programme lasts at most three years.");
        RuleFor(c => c.HourlyCost).GreaterThan(0).LessThanOrEqualTo(1_000).PrecisionScale(7, 2, ignoreTrailingZeros: true)
            .WithMessage("The hourly cost (salary + employer charges) is in euros, above 0 and at most 1,000, with at most two decimals.");
    }
}

public sealed class OpenProgrammeHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<OpenProgrammeCommand, ProgrammeDetails>
{
    public async ValueTask<ProgrammeDetails> Handle(OpenProgrammeCommand c, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Employer, c.EmployerId);
        _ = await session.LoadAsync<Employer>(c.EmployerId, cancellationToken) ?? throw new NotFoundException(nameof(Employer));
        var terms = new ProgrammeTerms(c.Name, c.AnnualHoursBudget, c.HoursCapPerEmployee, c.From!.Value, c.Until!.Value, c.HourlyCost);
        var opened = Programme.OpenNew(Guid.CreateVersion7(), c.EmployerId, terms, user.Id, clock.GetUtcNow());
        session.Events.StartStream<Programme>(opened.ProgrammeId, opened);
        return ProgrammeDetails.Of(Programme.Create(opened) with { Version = 1 });
    }
}

public static class OpenProgrammeEndpoint
{
    public static void MapOpenProgramme(this IEndpointRouteBuilder app) =>
        app.MapPost("/employers/{id:guid}/programmes", async (Guid id, OpenProgrammeCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var programme = await sender.Send(command with { EmployerId = id }, ct);
                response.SetETag(programme.Version);
                return TypedResults.Created($"/employers/{id}/programmes/{programme.Id}", programme);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.EmployerAdmin, Roles.Coordinator))
            .WithName("OpenProgramme")
            .WithSummary("Open a skills-sponsorship programme: hours budget, cap per employee, period, hourly cost; answers its invitation code.")
            .WithTags("Employers");
}
