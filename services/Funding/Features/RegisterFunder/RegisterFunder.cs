using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.ReferenceData;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.RegisterFunder;

public sealed record RegisterFunderCommand(string Name, FunderType? Type, string? Siren) : ICommand<Funder>;

public sealed class RegisterFunderValidator : AbstractValidator<RegisterFunderCommand>
{
    public RegisterFunderValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Type).NotNull().WithMessage("Give the funder's type: Foundation, EndowmentFund, Company or PublicBody.");
        RuleFor(c => c.Siren).Must(FrenchIdentifiers.IsValidSiren!).When(c => !string.IsNullOrWhiteSpace(c.Siren))
            .WithMessage("A SIREN is 9 digits with a valid check digit.");
    }
}

public sealed class RegisterFunderHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<RegisterFunderCommand, Funder>
{
    public ValueTask<Funder> Handle(RegisterFunderCommand c, CancellationToken cancellationToken)
    {
        var siren = string.IsNullOrWhiteSpace(c.Siren) ? null : FrenchIdentifiers.Normalise(c.Siren);
        var registered = Funder.Register(Guid.CreateVersion7(), c.Name, c.Type!.Value, siren, user.Id, clock.GetUtcNow());
        session.Events.StartStream<Funder>(registered.FunderId, registered);
        return ValueTask.FromResult(Funder.Create(registered) with { Version = 1 });
    }
}

public static class RegisterFunderEndpoint
{
    public static void MapRegisterFunder(this IEndpointRouteBuilder app) =>
        app.MapPost("/funders", async (RegisterFunderCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var funder = await sender.Send(command, ct);
                response.SetETag(funder.Version);
                return TypedResults.Created($"/funders/{funder.Id}", funder);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Funder))
            .WithName("RegisterFunder")
            .WithSummary("Register your funder (foundation, endowment fund, company, public body): you act for it from your next sign-in.")
            .WithTags("Funders");
}
