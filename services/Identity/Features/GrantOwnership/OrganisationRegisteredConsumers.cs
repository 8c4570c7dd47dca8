using MassTransit;
using Mediator;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.GrantOwnership;

/// <summary>Whoever registered an employer administers it: their next token carries <c>org: employer:{id}</c>.</summary>
public sealed class EmployerRegisteredConsumer(ISender sender) : IConsumer<Contracts.Volunteers.EmployerRegistered>
{
    public async Task Consume(ConsumeContext<Contracts.Volunteers.EmployerRegistered> context) =>
        await sender.Send(
            new GrantOwnershipCommand(context.Message.OwnerUserId, OrganisationKinds.Employer, context.Message.EmployerId),
            context.CancellationToken);
}

/// <summary>Whoever registered a funder acts for it: their next token carries <c>org: funder:{id}</c>.</summary>
public sealed class FunderRegisteredConsumer(ISender sender) : IConsumer<Contracts.Funding.FunderRegistered>
{
    public async Task Consume(ConsumeContext<Contracts.Funding.FunderRegistered> context) =>
        await sender.Send(
            new GrantOwnershipCommand(context.Message.OwnerUserId, OrganisationKinds.Funder, context.Message.FunderId),
            context.CancellationToken);
}
