using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.ReadModel;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Persistence;
using ShareAlliance.ServiceDefaults.Problems;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Funding.Features.MakePledge;

public sealed record MakePledgeCommand(Guid OfferId, Guid NeedId, decimal? Amount) : ICommand<Pledge>;

public sealed record MakePledgeBody(Guid NeedId, decimal? Amount);

public sealed class MakePledgeValidator : AbstractValidator<MakePledgeCommand>
{
    public MakePledgeValidator()
    {
        RuleFor(c => c.NeedId).NotEmpty();
        RuleFor(c => c.Amount).Must(Money.IsAmount).WithMessage(Money.Rule);
    }
}

/// <summary>
/// A pledge touches three streams in one transaction: the offer (its remaining), the need's funding account (its
/// remaining, and what this offer already gives it) and the new pledge. Both totals are read under the need's and the
/// offer's locks (<see cref="AdvisoryLocks"/>), so concurrent pledges never count the same euro twice.
/// </summary>
public sealed class MakePledgeHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<MakePledgeCommand, Pledge>
{
    public async ValueTask<Pledge> Handle(MakePledgeCommand c, CancellationToken cancellationToken)
    {
        var known = await session.LoadAsync<FundingOffer>(c.OfferId, cancellationToken) ?? throw new NotFoundException("Offer");
        user.EnsureActsFor(OrganisationKinds.Funder, known.FunderId);

        await session.LockAsync([c.OfferId, c.NeedId], cancellationToken);
        var now = clock.GetUtcNow();
        var offer = await session.FetchForUpdateAsync<FundingOffer>(c.OfferId, null, cancellationToken);
        offer.Aggregate!.EnsureOpen(now);
        var need = await session.LoadAsync<KnownNeed>(c.NeedId, cancellationToken) ?? throw new NotFoundException("Need");
        var association = need.Facts is { } facts
            ? await session.LoadAsync<KnownAssociation>(facts.AssociationId, cancellationToken) ?? KnownAssociation.Unknown(facts.AssociationId)
            : KnownAssociation.Unknown(Guid.Empty);
        if (offer.Aggregate.RefusalFor(need, association) is { } refusal)
        {
            throw refusal;
        }

        var budget = need.Facts!.Budget!.Value;
        var account = await session.Events.FetchForWriting<NeedFunding>(c.NeedId, cancellationToken);
        var pledgeId = Guid.CreateVersion7();
        var amount = c.Amount!.Value;
        // The offer's own limit first: when it has not enough left, that is the reason, whatever the need.
        var offerSide = offer.Aggregate.Reserve(pledgeId, c.NeedId, amount, now);
        var needSide = (account.Aggregate ?? NeedFunding.Empty(c.NeedId, budget))
            .Pledge(pledgeId, c.OfferId, amount, budget, offer.Aggregate.Terms.MaximumPerNeed, now);
        var made = new PledgeMade(pledgeId, c.OfferId, offer.Aggregate.FunderId, c.NeedId, amount, user.Id, now);

        account.AppendOne(needSide);
        offer.AppendOne(offerSide);
        session.Events.StartStream<Pledge>(pledgeId, made);
        return Pledge.Create(made) with { Version = 1 };
    }
}

public static class MakePledgeEndpoint
{
    public static void MapMakePledge(this IEndpointRouteBuilder app) =>
        app.MapPost("/offers/{offerId:guid}/pledges", async (Guid offerId, MakePledgeBody body, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var pledge = await sender.Send(new MakePledgeCommand(offerId, body.NeedId, body.Amount), ct);
                response.SetETag(pledge.Version);
                return TypedResults.Created($"/pledges/{pledge.Id}", pledge);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.Funder))
            .WithName("MakePledge")
            .WithSummary("Pledge euros from one of your open offers to an eligible need; never more than the offer or the need has left. Send an Idempotency-Key to retry safely.")
            .WithTags("Pledges");
}
