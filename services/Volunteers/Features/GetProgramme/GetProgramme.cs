using Marten;
using Mediator;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Features.GetProgramme;

/// <summary>A programme as its employer sees it, with the invitation code to hand to employees.</summary>
public sealed record ProgrammeDetails(
    Guid Id,
    Guid EmployerId,
    long Version,
    string Name,
    int AnnualHoursBudget,
    int HoursCapPerEmployee,
    DateOnly From,
    DateOnly Until,
    decimal HourlyCost,
    string InvitationCode,
    bool Open,
    int Enrolled)
{
    public static ProgrammeDetails Of(Programme p) => new(
        p.Id, p.EmployerId, p.Version, p.Terms.Name, p.Terms.AnnualHoursBudget, p.Terms.HoursCapPerEmployee, p.Terms.From, p.Terms.Until,
        p.Terms.HourlyCost, p.InvitationCode, p.Open, p.Enrolments.Count);
}

public sealed record GetProgrammeQuery(Guid EmployerId, Guid ProgrammeId) : IQuery<ProgrammeDetails>;

public sealed record ListProgrammesQuery(Guid EmployerId) : IQuery<IReadOnlyList<ProgrammeDetails>>;

public sealed class GetProgrammeHandler(IQuerySession session, CurrentUser user)
    : IQueryHandler<GetProgrammeQuery, ProgrammeDetails>, IQueryHandler<ListProgrammesQuery, IReadOnlyList<ProgrammeDetails>>
{
    public async ValueTask<ProgrammeDetails> Handle(GetProgrammeQuery query, CancellationToken cancellationToken) =>
        ProgrammeDetails.Of(await session.LoadOwnedAsync(user, query.EmployerId, query.ProgrammeId, cancellationToken));

    /// <summary>Open programmes first, then by their first day, newest first.</summary>
    public async ValueTask<IReadOnlyList<ProgrammeDetails>> Handle(ListProgrammesQuery query, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Employer, query.EmployerId);
        var programmes = await session.Query<Programme>().Where(p => p.EmployerId == query.EmployerId).ToListAsync(cancellationToken);
        return [.. programmes.OrderByDescending(p => p.Open).ThenByDescending(p => p.Terms.From).Select(ProgrammeDetails.Of)];
    }
}

public static class GetProgrammeEndpoint
{
    public static void MapGetProgramme(this IEndpointRouteBuilder app) =>
        app.MapGet("/employers/{id:guid}/programmes/{programmeId:guid}", async (Guid id, Guid programmeId, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var programme = await sender.Send(new GetProgrammeQuery(id, programmeId), ct);
                response.SetETag(programme.Version);
                return TypedResults.Ok(programme);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.EmployerAdmin, Roles.Coordinator))
            .WithName("GetProgramme")
            .WithSummary("Read one of your company's programmes, with its invitation code.")
            .WithTags("Employers");

    public static void MapListProgrammes(this IEndpointRouteBuilder app) =>
        app.MapGet("/employers/{id:guid}/programmes", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListProgrammesQuery(id), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.EmployerAdmin, Roles.Coordinator))
            .WithName("ListProgrammes")
            .WithSummary("Your company's programmes, open ones first, with their invitation codes.")
            .WithTags("Employers");
}
