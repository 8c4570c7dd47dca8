using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetAssociation;
using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.RegisterAssociation;

public sealed record RegisterAssociationCommand(
    string Name,
    string? Rna,
    string? Siren,
    string? Siret,
    IReadOnlyList<string>? Causes,
    string Departement,
    string City,
    AssociationSize? Size,
    string? Description) : ICommand<AssociationDetails>;

public sealed class RegisterAssociationValidator : AbstractValidator<RegisterAssociationCommand>
{
    public RegisterAssociationValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Rna).Must(FrenchIdentifiers.IsValidRna!).When(c => !string.IsNullOrWhiteSpace(c.Rna))
            .WithMessage("An RNA number is W followed by 9 digits (for example W751234567).");
        RuleFor(c => c.Siren).Must(FrenchIdentifiers.IsValidSiren!).When(c => !string.IsNullOrWhiteSpace(c.Siren))
            .WithMessage("A SIREN is 9 digits with a valid check digit.");
        RuleFor(c => c.Siret).Must(FrenchIdentifiers.IsValidSiret!).When(c => !string.IsNullOrWhiteSpace(c.Siret))
            .WithMessage("A SIRET is 14 digits with a valid check digit.");
        RuleFor(c => c.Siret).Must((c, siret) => FrenchIdentifiers.Normalise(siret!).StartsWith(FrenchIdentifiers.Normalise(c.Siren!), StringComparison.Ordinal))
            .When(c => !string.IsNullOrWhiteSpace(c.Siret) && !string.IsNullOrWhiteSpace(c.Siren))
            .WithMessage("The SIRET must start with the SIREN.");
        RuleFor(c => c.Rna).NotEmpty()
            .When(c => string.IsNullOrWhiteSpace(c.Siren) && !IsAlsaceMoselle(c.Departement))
            .WithMessage("Give the RNA number or the SIREN (associations of Alsace-Moselle without either are reviewed by hand).");
        RuleForEach(c => c.Causes).Must(Causes.IsKnown).WithMessage((_, cause) => $"'{cause}' is not a cause area.");
        RuleFor(c => c.Departement).NotEmpty().Must(Places.IsKnownDepartement)
            .WithMessage(c => $"'{c.Departement}' is not a French département code (for example 75, 2A, 974).");
        RuleFor(c => c.City).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Size).NotNull();
        RuleFor(c => c.Description).MaximumLength(2_000);
    }

    // Bas-Rhin, Haut-Rhin, Moselle: local law associations are registered at the court, not in the RNA.
    private static bool IsAlsaceMoselle(string? departement) => departement is "67" or "68" or "57";
}

public sealed class RegisterAssociationHandler(IDocumentSession session, CurrentUser user, TimeProvider clock)
    : ICommandHandler<RegisterAssociationCommand, AssociationDetails>
{
    public ValueTask<AssociationDetails> Handle(RegisterAssociationCommand c, CancellationToken cancellationToken)
    {
        var profile = new AssociationProfile(
            c.Name, Normalised(c.Rna)?.ToUpperInvariant(), Normalised(c.Siren), Normalised(c.Siret), [.. (c.Causes ?? []).Distinct(StringComparer.Ordinal)],
            c.Departement, c.City, c.Size!.Value, c.Description ?? string.Empty);
        var registered = Association.Register(Guid.CreateVersion7(), user.Id, profile, clock.GetUtcNow());
        session.Events.StartStream<Association>(registered.AssociationId, registered);
        return ValueTask.FromResult(AssociationDetails.From(Association.Create(registered) with { Version = 1 }));
    }

    private static string? Normalised(string? identifier) => string.IsNullOrWhiteSpace(identifier) ? null : FrenchIdentifiers.Normalise(identifier);
}

public static class RegisterAssociationEndpoint
{
    public static void MapRegisterAssociation(this IEndpointRouteBuilder app) =>
        app.MapPost("/associations", async (RegisterAssociationCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var association = await sender.Send(command, ct);
                response.SetETag(association.Version);
                return TypedResults.Created($"/associations/{association.Id}", association);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember))
            .WithName("RegisterAssociation")
            .WithSummary("Register your association (you become its owner); a coordinator then verifies it.")
            .WithTags("Associations");
}
