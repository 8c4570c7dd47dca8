using Mediator;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using ShareAlliance.Identity.Data;

namespace ShareAlliance.Identity.Features.ExportMe;

public sealed record ExportMeQuery(Guid UserId) : IQuery<IdentityExport?>;

/// <summary>Everything Identity holds about a person (GDPR art. 15 and 20). Secrets appear only as facts: no hash, no token value.</summary>
public sealed record IdentityExport(
    DateTimeOffset ExportedAt,
    ExportedAccount Account,
    IReadOnlyList<string> Roles,
    IReadOnlyList<ExportedMembership> Memberships,
    IReadOnlyList<ExportedGrant> Grants);

public sealed record ExportedAccount(
    Guid Id, string Email, bool EmailConfirmed, DateTimeOffset RegisteredAt, bool PasswordSet,
    int FailedLoginAttempts, DateTimeOffset? LockedUntil, string? PhoneNumber, bool TwoFactorEnabled);

public sealed record ExportedMembership(string Kind, Guid OrganisationId, bool IsOwner, DateTimeOffset GrantedAt);

/// <summary>A token or authorization issued to an application on the person's behalf.</summary>
public sealed record ExportedGrant(string Kind, string? Application, string? Type, string? Status, DateTime? CreatedAt, DateTime? ExpiresAt);

public sealed class ExportMeHandler(IdentityDb db, TimeProvider clock) : IQueryHandler<ExportMeQuery, IdentityExport?>
{
    public async ValueTask<IdentityExport?> Handle(ExportMeQuery query, CancellationToken cancellationToken)
    {
        if (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == query.UserId, cancellationToken) is not { } user)
        {
            return null;
        }

        var subject = user.Id.ToString();
        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToListAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == user.Id)
            .Select(m => new ExportedMembership(m.Kind, m.OrganisationId, m.IsOwner, m.GrantedAt)).ToListAsync(cancellationToken);
        var authorizations = await db.Set<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().AsNoTracking().Where(a => a.Subject == subject)
            .Select(a => new ExportedGrant("authorization", a.Application!.ClientId, a.Type, a.Status, a.CreationDate, null))
            .ToListAsync(cancellationToken);
        var tokens = await db.Set<OpenIddictEntityFrameworkCoreToken<Guid>>().AsNoTracking().Where(t => t.Subject == subject)
            .Select(t => new ExportedGrant("token", t.Application!.ClientId, t.Type, t.Status, t.CreationDate, t.ExpirationDate))
            .ToListAsync(cancellationToken);

        return new IdentityExport(
            clock.GetUtcNow(),
            new ExportedAccount(user.Id, user.Email!, user.EmailConfirmed, user.RegisteredAt, user.PasswordHash is not null,
                user.AccessFailedCount, user.LockoutEnd, user.PhoneNumber, user.TwoFactorEnabled),
            roles, memberships, [.. authorizations, .. tokens]);
    }
}
