using MassTransit;
using Mediator;
using ShareAlliance.Matching.ReadModel;
using Contract = ShareAlliance.Contracts.Needs;

namespace ShareAlliance.Matching.Features.RecordNeed;

/// <summary>One consumer (so one queue) for every needs contract: a need's messages arrive in the order they were published.</summary>
public sealed class NeedsConsumer(ISender sender)
    : IConsumer<Contract.NeedPublished>, IConsumer<Contract.NeedUpdated>, IConsumer<Contract.NeedStatusChanged>, IConsumer<Contract.AssociationRegistered>
{
    // An association registers before it can publish, on this same queue: its causes are known when its needs arrive.
    public async Task Consume(ConsumeContext<Contract.AssociationRegistered> context) =>
        await sender.Send(new RecordAssociationCommand(new KnownAssociation(context.Message.AssociationId, context.Message.Causes)), context.CancellationToken);

    public Task Consume(ConsumeContext<Contract.NeedPublished> context)
    {
        var m = context.Message;
        return Record(context, new(m.NeedId, m.Version, Facts(m.AssociationId, m.Title, m.Category, m.RequiredSkills, m.Terms), "Published", m.PublishedAt));
    }

    public Task Consume(ConsumeContext<Contract.NeedUpdated> context)
    {
        var m = context.Message;
        return Record(context, new(m.NeedId, m.Version, Facts(m.AssociationId, m.Title, m.Category, m.RequiredSkills, m.Terms), null, null));
    }

    public Task Consume(ConsumeContext<Contract.NeedStatusChanged> context)
    {
        var m = context.Message;
        return Record(context, new(m.NeedId, m.Version, null, m.Status, null));
    }

    private async Task Record<T>(ConsumeContext<T> context, RecordNeedCommand command)
        where T : class => await sender.Send(command, context.CancellationToken);

    private static NeedFacts Facts(Guid association, string title, string category, IReadOnlyList<Contract.RequiredSkill> skills, Contract.NeedTerms terms) =>
        new(association, title, category, [.. skills.Select(s => new KnownSkill(s.Skill, s.MinimumLevel))], terms);
}
