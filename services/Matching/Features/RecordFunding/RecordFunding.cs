using Marten;
using Mediator;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Features.RecordFunding;

public sealed record RecordNeedFundingCommand(KnownNeedFunding Funding) : ICommand<long>;

public sealed record RecordOfferCommand(KnownOffer Offer) : ICommand<long>;

/// <summary>Keeps the newest version of each need's funding and each offer; returns the version held afterwards.</summary>
public sealed class RecordFundingHandler(IDocumentSession session)
    : ICommandHandler<RecordNeedFundingCommand, long>, ICommandHandler<RecordOfferCommand, long>
{
    public async ValueTask<long> Handle(RecordNeedFundingCommand command, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownNeedFunding>(command.Funding.Id, cancellationToken);
        if (known is not null && known.Version >= command.Funding.Version)
        {
            return known.Version;
        }

        session.Store(command.Funding);
        return command.Funding.Version;
    }

    public async ValueTask<long> Handle(RecordOfferCommand command, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<KnownOffer>(command.Offer.Id, cancellationToken);
        if (known is not null && known.Version >= command.Offer.Version)
        {
            return known.Version;
        }

        session.Store(command.Offer);
        return command.Offer.Version;
    }
}
