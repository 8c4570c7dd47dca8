using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Features.RegisterEmployer;

public sealed record EmployerDetails(Guid Id, long Version, string CompanyName, string? Siren, string? Siret, TurnoverBand Turnover, DateTimeOffset RegisteredAt)
{
    public static EmployerDetails From(Employer e) => new(e.Id, e.Version, e.CompanyName, e.Siren, e.Siret, e.Turnover, e.RegisteredAt);
}

public sealed record RegisterEmployerCommand(string CompanyName, string? Siren, string? Siret, TurnoverBand? Turnover) : ICommand<EmployerDetails>;

public sealed class RegisterEmployerValidator : AbstractValidator<RegisterEmployerCommand>
{
    public RegisterEmployerValidator()
    {
        RuleFor(c => c.CompanyName).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Siren).Must(FrenchIdentifiers.IsValidSiren!).When(c => !string.IsNullOrWhiteSpace(c.Siren))
            .WithMessage("A SIREN is 9 digits with a valid check digit.");
        RuleFor(c => c.Siret).Must(FrenchIdentifiers.IsValidSiret!).When(c => !string.IsNullOrWhiteSpace(c.Siret))
            .WithMessage("A SIRET is 14 digits with a valid check digit.");
        RuleFor(c => c.Siret).Must((c, siret) => FrenchIdentifiers.Normalise(siret!).StartsWith(FrenchIdentifiers.Normalise(c.Siren!), StringComparison.Ordinal))
            .When(c => !string.IsNullOrWhiteSpace(c.Siret) && !string.IsNullOrWhiteSpace(c.Siren))
            .WithMessage("The SIRET must start with the SIREN.");
        RuleFor(c => c.Siren).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.Siret)).WithMessage("Give the company's SIREN or SIRET.");
        RuleFor(c => c.Turnover).NotNull();
    }
}

public sealed class RegisterEmployerHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<RegisterEmployerCommand, EmployerDetails>
{
    public ValueTask<EmployerDetails> Handle(RegisterEmployerCommand c, CancellationToken cancellationToken)
    {
        var siret = Normalised(c.Siret);
        // A SIRET alone still names the company: its first nine digits are the SIREN.
        var siren = Normalised(c.Siren) ?? siret?[..9];
        var registered = Employer.Register(Guid.CreateVersion7(), user.Id, c.CompanyName, siren, siret, c.Turnover!.Value, clock.GetUtcNow());
        session.Events.StartStream<Employer>(registered.EmployerId, registered);
        return ValueTask.FromResult(EmployerDetails.From(Employer.Create(registered) with { Version = 1 }));
    }

    private static string? Normalised(string? identifier) => string.IsNullOrWhiteSpace(identifier) ? null : FrenchIdentifiers.Normalise(identifier);
}

public static class RegisterEmployerEndpoint
{
    public static void MapRegisterEmployer(this IEndpointRouteBuilder app) =>
        app.MapPost("/employers", async (RegisterEmployerCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var employer = await sender.Send(command, ct);
                response.SetETag(employer.Version);
                return TypedResults.Created($"/employers/{employer.Id}", employer);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.EmployerAdmin))
            .WithName("RegisterEmployer")
            .WithSummary("Register your company to run skills-sponsorship programmes (you administer it from your next sign-in).")
            .WithTags("Employers");
}
