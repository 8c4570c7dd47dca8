using MassTransit;
using Mediator;
using ShareAlliance.Funding.ReadModel;
using Contract = ShareAlliance.Contracts.Needs;

namespace ShareAlliance.Funding.Features.RecordNeed;

/// <summary>
/// One consumer (so one queue) for the needs contracts funding weighs: what can be funded, and by whom. Named for its
/// service: the queue takes the consumer's name, and Matching's NeedsConsumer already owns "needs" (one queue for two
/// services would make them compete for each message).
/// </summary>
public sealed class FundingNeedsConsumer(ISender sender)
    : IConsumer<Contract.NeedPublished>, IConsumer<Contract.NeedUpdated>, IConsumer<Contract.NeedStatusChanged>,
      IConsumer<Contract.AssociationRegistered>, IConsumer<Contract.AssociationStatusChanged>
{
    public async Task Consume(ConsumeContext<Contract.NeedPublished> context)
    {
        var m = context.Message;
        await sender.Send(new RecordNeedCommand(m.NeedId, m.Version, Facts(m.AssociationId, m.Title, m.Category, m.Terms), "Published"), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<Contract.NeedUpdated> context)
    {
        var m = context.Message;
        await sender.Send(new RecordNeedCommand(m.NeedId, m.Version, Facts(m.AssociationId, m.Title, m.Category, m.Terms), null), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<Contract.NeedStatusChanged> context)
    {
        var m = context.Message;
        await sender.Send(new RecordNeedCommand(m.NeedId, m.Version, null, m.Status), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<Contract.AssociationRegistered> context)
    {
        var m = context.Message;
        await sender.Send(new RecordAssociationCommand(m.AssociationId, null, m.Departement, m.Causes, null), context.CancellationToken);
    }

    public async Task Consume(ConsumeContext<Contract.AssociationStatusChanged> context)
    {
        var m = context.Message;
        await sender.Send(new RecordAssociationCommand(m.AssociationId, m.Version, null, null, m.Status), context.CancellationToken);
    }

    private static NeedFacts Facts(Guid association, string title, string category, Contract.NeedTerms t) =>
        new(association, title, category, t.Format, t.WorkMode, t.Departement, t.Deadline, t.Budget);
}
