using Mediator;
using Microsoft.EntityFrameworkCore;
using ShareAlliance.Identity.Access;
using ShareAlliance.Identity.Data;

namespace ShareAlliance.Identity.Features.GetMe;

public sealed record GetMeQuery(Guid UserId) : IQuery<MeView?>;

public sealed record MeView(Guid Id, string Email, IReadOnlyList<string> Roles, IReadOnlyList<MembershipView> Memberships);

public sealed class GetMeHandler(IdentityDb db) : IQueryHandler<GetMeQuery, MeView?>
{
    public async ValueTask<MeView?> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        if (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == query.UserId, cancellationToken) is not { } user)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == user.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(name => name)
            .ToListAsync(cancellationToken);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == user.Id)
            .OrderBy(m => m.Kind).ThenBy(m => m.OrganisationId)
            .Select(m => new MembershipView(m.UserId, m.Kind, m.OrganisationId, m.IsOwner))
            .ToListAsync(cancellationToken);
        return new MeView(user.Id, user.Email!, roles, memberships);
    }
}
