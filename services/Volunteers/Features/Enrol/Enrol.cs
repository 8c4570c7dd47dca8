using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Features.Enrol;

/// <summary>What an employee sees once enrolled: whose programme, and how many hours a year it lends them.</summary>
public sealed record EnrolmentDetails(Guid ProgrammeId, Guid EmployerId, string ProgrammeName, int HoursCapPerEmployee, DateOnly Until, DateTimeOffset EnrolledAt);

/// <summary>An employee joins their employer's programme with the invitation code it gave them.</summary>
public sealed record EnrolCommand(string Code) : ICommand<EnrolmentDetails>;

public sealed class EnrolValidator : AbstractValidator<EnrolCommand>
{
    public EnrolValidator() => RuleFor(c => c.Code).NotEmpty().MaximumLength(40);
}

public sealed class EnrolHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<EnrolCommand, EnrolmentDetails>
{
    public async ValueTask<EnrolmentDetails> Handle(EnrolCommand command, CancellationToken cancellationToken)
    {
        var code = Programme.NormaliseCode(command.Code);
        var found = await session.Query<Programme>().FirstOrDefaultAsync(p => p.InvitationCode == code, cancellationToken)
            ?? throw new NotFoundException("A programme with this invitation code");
        var stream = await session.FetchForUpdateAsync<Programme>(found.Id, expectedVersion: null, cancellationToken);
        var programme = stream.Aggregate!;
        var enrolled = programme.Enrol(user.Id, clock.GetUtcNow());
        stream.AppendOne(enrolled);
        return new(programme.Id, programme.EmployerId, programme.Terms.Name, enrolled.HoursCapPerEmployee, programme.Terms.Until, enrolled.EnrolledAt);
    }
}

public static class EnrolEndpoint
{
    public static void MapEnrol(this IEndpointRouteBuilder app) =>
        app.MapPost("/programmes/enrol", async (EnrolCommand command, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(command, ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.Volunteer))
            .WithName("EnrolInProgramme")
            .WithSummary("Enrol in your employer's skills-sponsorship programme with its invitation code (your employer then sees your name and hours).")
            .WithTags("Programmes");
}
