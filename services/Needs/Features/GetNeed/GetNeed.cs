using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;

namespace ShareAlliance.Needs.Features.GetNeed;

public sealed record GetNeedQuery(Guid Id) : IQuery<NeedDetails?>;

public sealed class GetNeedHandler(IQuerySession session) : IQueryHandler<GetNeedQuery, NeedDetails?>
{
    public async ValueTask<NeedDetails?> Handle(GetNeedQuery query, CancellationToken cancellationToken) =>
        await session.LoadAsync<Need>(query.Id, cancellationToken) is { } need ? NeedDetails.From(need) : null;
}
