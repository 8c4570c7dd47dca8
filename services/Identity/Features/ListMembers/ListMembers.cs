using Mediator;
using Microsoft.EntityFrameworkCore;
using ShareAlliance.Identity.Data;

namespace ShareAlliance.Identity.Features.ListMembers;

public sealed record ListMembersQuery(string Kind, Guid OrganisationId) : IQuery<IReadOnlyList<MemberView>>;

public sealed record MemberView(Guid UserId, string Email, bool IsOwner);

public sealed class ListMembersHandler(IdentityDb db) : IQueryHandler<ListMembersQuery, IReadOnlyList<MemberView>>
{
    public async ValueTask<IReadOnlyList<MemberView>> Handle(ListMembersQuery query, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.Kind == query.Kind && m.OrganisationId == query.OrganisationId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, m.IsOwner })
            .OrderByDescending(m => m.IsOwner).ThenBy(m => m.Email)
            .Select(m => new MemberView(m.Id, m.Email!, m.IsOwner))
            .ToListAsync(cancellationToken);
}
