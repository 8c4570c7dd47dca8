using JasperFx.Events;
using Marten;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Features;

public static class ProgrammeAccess
{
    /// <summary>
    /// A programme as its employer's admins see it: 403 unless the caller acts for the employer (or coordinates), 404 when
    /// the programme is not that employer's — checked in this order, so nobody learns of another employer's programmes.
    /// </summary>
    public static async Task<Programme> LoadOwnedAsync(this IQuerySession session, CurrentUser user, Guid employerId, Guid programmeId, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Employer, employerId);
        return await session.LoadAsync<Programme>(programmeId, cancellationToken) is { } programme && programme.EmployerId == employerId
            ? programme
            : throw new NotFoundException(nameof(Programme));
    }

    /// <summary>The same checks, to change the programme (412 on a stale If-Match).</summary>
    public static async Task<IEventStream<Programme>> FetchOwnedAsync(
        this IDocumentSession session, CurrentUser user, Guid employerId, Guid programmeId, long? expectedVersion, CancellationToken cancellationToken)
    {
        user.EnsureActsFor(OrganisationKinds.Employer, employerId);
        var stream = await session.FetchForUpdateAsync<Programme>(programmeId, expectedVersion, cancellationToken);
        return stream.Aggregate!.EmployerId == employerId ? stream : throw new NotFoundException(nameof(Programme));
    }
}
