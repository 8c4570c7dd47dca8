using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Access;

/// <summary>Rights over organisations, read from the database: a token's claims may be minutes old.</summary>
public sealed class OrganisationAccess(IdentityDb db, UserManager<User> users)
{
    public async Task<bool> IsCoordinatorAsync(Caller caller) => caller.UserId is { } id
        ? await users.FindByIdAsync(id.ToString()) is { } user && await users.IsInRoleAsync(user, Roles.Coordinator)
        : caller.IsCoordinatorClient;

    public async Task<bool> IsOwnerAsync(Caller caller, string kind, Guid organisationId, CancellationToken cancellationToken) =>
        caller.UserId is { } id && await db.Memberships.AnyAsync(
            m => m.UserId == id && m.Kind == kind && m.OrganisationId == organisationId && m.IsOwner, cancellationToken);
}
