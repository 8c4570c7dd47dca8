using Marten;
using Mediator;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;
using ShareAlliance.Volunteers.Features.RegisterEmployer;

namespace ShareAlliance.Volunteers.Features.GetEmployer;

public sealed record GetEmployerQuery(Guid EmployerId) : IQuery<EmployerDetails>;

/// <summary>The company as its admins registered it (403 for people who do not act for it, 404 when unknown).</summary>
public sealed class GetEmployerHandler(IQuerySession session, CurrentUser user) : IQueryHandler<GetEmployerQuery, EmployerDetails>
{
    public async ValueTask<EmployerDetails> Handle(GetEmployerQuery query, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Employer, query.EmployerId);
        return EmployerDetails.From(await session.LoadAsync<Employer>(query.EmployerId, cancellationToken) ?? throw new NotFoundException(nameof(Employer)));
    }
}

public static class GetEmployerEndpoint
{
    public static void MapGetEmployer(this IEndpointRouteBuilder app) =>
        app.MapGet("/employers/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var employer = await sender.Send(new GetEmployerQuery(id), ct);
                response.SetETag(employer.Version);
                return TypedResults.Ok(employer);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.EmployerAdmin, Roles.Coordinator))
            .WithName("GetEmployer")
            .WithSummary("Read your company: name, SIREN / SIRET, turnover band.")
            .WithTags("Employers");
}
