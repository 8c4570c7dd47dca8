using Marten;
using Mediator;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Features.ListEmployees;

/// <summary>
/// An enrolled employee as their employer sees them. The name is shown because the employee agreed to it by enrolling;
/// it is read from their personal details at each request, so once they delete their account it is gone (null).
/// </summary>
public sealed record EnrolledEmployee(Guid VolunteerId, string? DisplayName, DateTimeOffset EnrolledAt, int HoursCommitted, EmployeeValuation Valuation);

/// <summary>
/// The programme's employees, the hours their confirmed matches commit within the programme (<see cref="Programme.HoursCommitted"/>), and the valuation of those hours
/// (<see cref="SponsorshipValuation"/>). <see cref="AtCapEstimate"/> is what it would be if every employee gave their
/// yearly cap: a ceiling for planning, not a figure for the receipt.
/// </summary>
public sealed record ProgrammeEmployees(
    Guid ProgrammeId,
    Guid EmployerId,
    int HoursCommitted,
    IReadOnlyList<EnrolledEmployee> Employees,
    ValuationEstimate Valuation,
    ValuationEstimate AtCapEstimate,
    decimal MonthlyPass,
    TurnoverBand Turnover);

public sealed record ListEmployeesQuery(Guid EmployerId, Guid ProgrammeId) : IQuery<ProgrammeEmployees>;

public sealed class ListEmployeesHandler(IQuerySession session, CurrentUser user, MonthlyPassTable pass) : IQueryHandler<ListEmployeesQuery, ProgrammeEmployees>
{
    public async ValueTask<ProgrammeEmployees> Handle(ListEmployeesQuery query, CancellationToken cancellationToken)
    {
        var programme = await session.LoadOwnedAsync(user, query.EmployerId, query.ProgrammeId, cancellationToken);
        var employer = await session.LoadAsync<Employer>(query.EmployerId, cancellationToken) ?? throw new NotFoundException(nameof(Employer));
        var ids = programme.Enrolments.Select(e => e.VolunteerId).ToArray();
        var details = (await session.LoadManyAsync<VolunteerDetails>(cancellationToken, ids)).ToDictionary(d => d.Id);
        var matches = (await session.Query<VolunteerMatch>().Where(m => m.VolunteerId.IsOneOf(ids) && m.ConfirmedAt != null).ToListAsync(cancellationToken))
            .ToLookup(m => m.VolunteerId);
        var committed = programme.Enrolments.ToDictionary(e => e.VolunteerId, e => programme.HoursCommitted(matches[e.VolunteerId]));

        // The PASS of the year the programme starts in; its months of work bound each employee's cap.
        var monthlyPass = pass.For(programme.Terms.From.Year);
        var turnover = employer.Turnover.LowerBound();
        ValuationEstimate Value(Func<Enrolment, decimal> hours) => SponsorshipValuation.Estimate(
            programme.Enrolments.Select(e => new EmployeeWork(e.VolunteerId, hours(e), programme.MonthsOfWork)), programme.Terms.HourlyCost, monthlyPass, turnover);

        var valuation = Value(e => committed[e.VolunteerId]);
        var employees = programme.Enrolments.Zip(valuation.Employees, (e, v) =>
            new EnrolledEmployee(e.VolunteerId, details.GetValueOrDefault(e.VolunteerId)?.DisplayName, e.EnrolledAt, committed[e.VolunteerId], v));
        return new(programme.Id, programme.EmployerId, committed.Values.Sum(), [.. employees], valuation,
            Value(_ => programme.Terms.HoursCapPerEmployee), monthlyPass, employer.Turnover);
    }
}

public static class ListEmployeesEndpoint
{
    public static void MapListEmployees(this IEndpointRouteBuilder app) =>
        app.MapGet("/employers/{id:guid}/programmes/{programmeId:guid}/employees", async (Guid id, Guid programmeId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListEmployeesQuery(id, programmeId), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.EmployerAdmin, Roles.Coordinator))
            .WithName("ListProgrammeEmployees")
            .WithSummary("Your programme's enrolled employees, the hours confirmed for them and the valuation estimate (mécénat de compétences).")
            .WithTags("Employers");
}
