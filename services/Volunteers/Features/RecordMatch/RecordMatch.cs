using Marten;
using MassTransit;
using Mediator;
using ShareAlliance.Volunteers.Domain;
using Contract = ShareAlliance.Contracts.Matching;

namespace ShareAlliance.Volunteers.Features.RecordMatch;

/// <summary>What a Match* contract tells about one proposal the volunteer answered.</summary>
public sealed record RecordMatchCommand(VolunteerMatch Told) : ICommand<VolunteerMatch>;

/// <summary>Idempotent and order-proof: a match only moves forward (accepted → confirmed → ended), whatever arrives twice or late.</summary>
public sealed class RecordMatchHandler(IDocumentSession session) : ICommandHandler<RecordMatchCommand, VolunteerMatch>
{
    public async ValueTask<VolunteerMatch> Handle(RecordMatchCommand command, CancellationToken cancellationToken)
    {
        var held = await session.LoadAsync<VolunteerMatch>(command.Told.Id, cancellationToken);
        var next = held?.Advance(command.Told) ?? command.Told;
        if (next != held)
        {
            session.Store(next);
        }

        return next;
    }
}

/// <summary>One consumer (so one queue) for the matching decisions that change a volunteer's hours or who may contact them.</summary>
public sealed class VolunteerMatchesConsumer(ISender sender)
    : IConsumer<Contract.MatchAccepted>, IConsumer<Contract.MatchConfirmed>, IConsumer<Contract.MatchDeclined>, IConsumer<Contract.MatchExpired>,
        IConsumer<Contract.MatchWithdrawn>
{
    public Task Consume(ConsumeContext<Contract.MatchAccepted> context)
    {
        var m = context.Message;
        return Record(context, new(m.ProposalId, m.VolunteerId, m.NeedId, m.AssociationId, MatchStage.Accepted, 0, m.AcceptedAt));
    }

    public Task Consume(ConsumeContext<Contract.MatchConfirmed> context)
    {
        var m = context.Message;
        return Record(context, new(m.ProposalId, m.VolunteerId, m.NeedId, null, MatchStage.Confirmed, m.HoursPerMonth, m.ConfirmedAt, m.ConfirmedAt));
    }

    public Task Consume(ConsumeContext<Contract.MatchDeclined> context)
    {
        var m = context.Message;
        return Record(context, new(m.ProposalId, m.VolunteerId, m.NeedId, null, MatchStage.Ended, 0, m.DeclinedAt));
    }

    public Task Consume(ConsumeContext<Contract.MatchExpired> context)
    {
        var m = context.Message;
        return Record(context, new(m.ProposalId, m.VolunteerId, m.NeedId, null, MatchStage.Ended, 0, m.ExpiredAt));
    }

    public Task Consume(ConsumeContext<Contract.MatchWithdrawn> context)
    {
        var m = context.Message;
        return Record(context, new(m.ProposalId, m.VolunteerId, m.NeedId, m.AssociationId, MatchStage.Ended, 0, m.WithdrawnAt));
    }

    private async Task Record<T>(ConsumeContext<T> context, VolunteerMatch told)
        where T : class => await sender.Send(new RecordMatchCommand(told), context.CancellationToken);
}

/// <summary>The one way this service reads a volunteer's committed hours.</summary>
public static class CommittedHours
{
    public static async Task<int> CommittedHoursAsync(this IQuerySession session, Guid volunteerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var confirmed = await session.Query<VolunteerMatch>()
            .Where(m => m.VolunteerId == volunteerId && m.Stage == MatchStage.Confirmed)
            .Select(m => m.HoursPerMonth)
            .ToListAsync(cancellationToken);
        return confirmed.Sum();
    }
}
