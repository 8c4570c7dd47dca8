using MassTransit;
using Mediator;
using ShareAlliance.Matching.ReadModel;

namespace ShareAlliance.Matching.Features.RecordNeed;

public sealed class NeedPublishedConsumer(ISender sender) : IConsumer<Contracts.Needs.NeedPublished>
{
    public async Task Consume(ConsumeContext<Contracts.Needs.NeedPublished> context)
    {
        var m = context.Message;
        var need = new KnownNeed(m.NeedId, m.Version, m.AssociationId, m.Title, m.Category,
            [.. m.RequiredSkills.Select(s => new KnownSkill(s.Skill, s.MinimumLevel))], m.PublishedAt);
        await sender.Send(new RecordNeedCommand(need), context.CancellationToken);
    }
}
