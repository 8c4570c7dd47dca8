using MassTransit;
using Mediator;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.GrantOwnership;

/// <summary>Whoever registered an association owns it: their next token carries <c>org: association:{id}</c>.</summary>
public sealed class AssociationRegisteredConsumer(ISender sender) : IConsumer<Contracts.Needs.AssociationRegistered>
{
    public async Task Consume(ConsumeContext<Contracts.Needs.AssociationRegistered> context) =>
        await sender.Send(
            new GrantOwnershipCommand(context.Message.OwnerUserId, OrganisationKinds.Association, context.Message.AssociationId),
            context.CancellationToken);
}
