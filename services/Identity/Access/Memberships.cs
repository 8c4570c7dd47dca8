using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Access;

public sealed record MembershipView(Guid UserId, string Kind, Guid OrganisationId, bool IsOwner);

/// <summary>Grants a membership (idempotent: granting twice changes nothing) with the role its organisation kind implies.</summary>
public sealed class Memberships(IdentityDb db, UserManager<User> users, TimeProvider clock)
{
    public async Task<MembershipView> GrantAsync(User user, string kind, Guid organisationId, bool owner, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var membership = await db.Memberships.FindAsync([user.Id, kind, organisationId], cancellationToken);
        if (membership is null)
        {
            membership = new Membership { UserId = user.Id, Kind = kind, OrganisationId = organisationId, GrantedAt = clock.GetUtcNow() };
            db.Memberships.Add(membership);
        }

        // Adding a member never demotes an owner.
        membership.IsOwner |= owner;
        await db.SaveChangesAsync(cancellationToken);

        var role = OrganisationKinds.RoleOf(kind);
        if (!await users.IsInRoleAsync(user, role))
        {
            (await users.AddToRoleAsync(user, role)).ThrowIfFailed();
        }

        await transaction.CommitAsync(cancellationToken);
        return new MembershipView(user.Id, kind, organisationId, membership.IsOwner);
    }
}
