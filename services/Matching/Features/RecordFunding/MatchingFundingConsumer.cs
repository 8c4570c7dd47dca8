using MassTransit;
using Mediator;
using Contract = ShareAlliance.Contracts.Funding;

namespace ShareAlliance.Matching.Features.RecordFunding;

/// <summary>One consumer (so one queue, "matching-funding": named for its service so no other service's queue shares it) for needs' funding gaps and offers.</summary>
public sealed class MatchingFundingConsumer(ISender sender) : IConsumer<Contract.NeedFundingChanged>, IConsumer<Contract.FundingOfferChanged>
{
    public async Task Consume(ConsumeContext<Contract.NeedFundingChanged> context)
    {
        var m = context.Message;
        await sender.Send(new RecordNeedFundingCommand(new(m.NeedId, m.Version, m.Budget, m.Pledged, m.Confirmed, m.Remaining, m.ChangedAt)), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<Contract.FundingOfferChanged> context)
    {
        var m = context.Message;
        await sender.Send(new RecordOfferCommand(new(
            m.OfferId, m.Version, m.FunderId, m.Title, m.Status, m.TotalBudget, m.MaximumPerNeed, m.Remaining,
            m.Categories, m.Causes, m.Departements, m.Formats, m.Deadline, m.ChangedAt)), context.CancellationToken);
    }
}
