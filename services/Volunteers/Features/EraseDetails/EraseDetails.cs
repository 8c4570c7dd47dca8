using Marten;
using MassTransit;
using Mediator;
using ShareAlliance.Volunteers.Domain;

namespace ShareAlliance.Volunteers.Features.EraseDetails;

/// <summary>The person deleted their account: their personal details go, and their profile is withdrawn so nobody is proposed a ghost.</summary>
public sealed record EraseVolunteerDetailsCommand(Guid UserId, DateTimeOffset DeletedAt) : ICommand<bool>;

/// <summary>
/// Idempotent: deleting a missing document is a no-op and a withdrawn profile is left as it is. Display names are never
/// copied elsewhere in this service (the employees list reads them from the details document), so this one delete
/// erases them everywhere here.
/// </summary>
public sealed class EraseVolunteerDetailsHandler(IDocumentSession session) : ICommandHandler<EraseVolunteerDetailsCommand, bool>
{
    public async ValueTask<bool> Handle(EraseVolunteerDetailsCommand command, CancellationToken cancellationToken)
    {
        session.Delete<VolunteerDetails>(command.UserId);
        var stream = await session.Events.FetchForWriting<Volunteer>(command.UserId, cancellationToken);
        if (stream.Aggregate is { Withdrawn: false } volunteer)
        {
            stream.AppendOne(volunteer.Withdraw(command.DeletedAt));
            return true;
        }

        return false;
    }
}

public sealed class UserDeletedConsumer(ISender sender) : IConsumer<Contracts.Identity.UserDeleted>
{
    public async Task Consume(ConsumeContext<Contracts.Identity.UserDeleted> context) =>
        await sender.Send(new EraseVolunteerDetailsCommand(context.Message.UserId, context.Message.DeletedAt), context.CancellationToken);
}
