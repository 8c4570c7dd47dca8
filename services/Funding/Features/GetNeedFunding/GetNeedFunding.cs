using FluentValidation;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using ShareAlliance.Funding.Domain;
using ShareAlliance.Funding.ReadModel;

namespace ShareAlliance.Funding.Features.GetNeedFunding;

/// <summary>A need's funding gap in euros. <see cref="Version"/> is its funding account's (0 before the first pledge).</summary>
public sealed record NeedFundingDetails(Guid NeedId, long Version, decimal Budget, decimal Pledged, decimal Confirmed, decimal Remaining)
{
    public static NeedFundingDetails From(NeedFunding account) =>
        new(account.Id, account.Version, account.Budget, account.Pledged, account.Confirmed, account.Remaining);

    public static NeedFundingDetails Unfunded(Guid needId, decimal budget) => new(needId, 0, budget, 0m, 0m, budget);
}

public sealed record GetNeedsFundingQuery(IReadOnlyList<Guid> Ids) : IQuery<IReadOnlyList<NeedFundingDetails>>;

public sealed class GetNeedsFundingValidator : AbstractValidator<GetNeedsFundingQuery>
{
    public const int MaxIds = 100;

    public GetNeedsFundingValidator()
    {
        RuleFor(q => q.Ids).NotEmpty().WithMessage("Give the needs' ids: ?ids=…&ids=… or ?ids=a,b").
            Must(ids => ids.Count <= MaxIds).WithMessage($"At most {MaxIds} needs at once.");
    }
}

/// <summary>Every need funding knows of, in the order asked; unknown ids are left out.</summary>
public sealed class GetNeedsFundingHandler(IQuerySession session) : IQueryHandler<GetNeedsFundingQuery, IReadOnlyList<NeedFundingDetails>>
{
    public async ValueTask<IReadOnlyList<NeedFundingDetails>> Handle(GetNeedsFundingQuery query, CancellationToken cancellationToken)
    {
        var ids = query.Ids.Distinct().ToArray();
        var accounts = (await session.LoadManyAsync<NeedFunding>(cancellationToken, ids)).ToDictionary(a => a.Id);
        var needs = (await session.LoadManyAsync<KnownNeed>(cancellationToken, ids)).ToDictionary(n => n.Id);
        return [.. ids.Select(id => accounts.TryGetValue(id, out var account)
                ? NeedFundingDetails.From(account)
                : needs.TryGetValue(id, out var need) && need.Facts is { } facts ? NeedFundingDetails.Unfunded(id, facts.Budget ?? 0m) : null)
            .OfType<NeedFundingDetails>()];
    }
}

public static class GetNeedFundingEndpoint
{
    public static void MapGetNeedFunding(this IEndpointRouteBuilder app)
    {
        app.MapGet("/needs/{needId:guid}/funding", async Task<Results<Ok<NeedFundingDetails>, NotFound>> (Guid needId, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetNeedsFundingQuery([needId]), ct)) is [var funding] ? TypedResults.Ok(funding) : TypedResults.NotFound())
            .AllowAnonymous() // a need's page shows its gap meter to everyone: euros only, no funder, no pledge
            .WithName("GetNeedFunding")
            .WithSummary("A need's funding gap: budget, pledged, confirmed, remaining (euros).")
            .WithTags("Funding gap");

        app.MapGet("/needs/funding", async (string[]? ids, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetNeedsFundingQuery(Parse(ids)), ct)))
            .WithName("GetNeedsFunding")
            .WithSummary("The funding gaps of several needs (?ids=a,b or ?ids=a&ids=b, at most 100); unknown needs are left out.")
            .WithTags("Funding gap");
    }

    private static List<Guid> Parse(string[]? ids)
    {
        var parts = (ids ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var parsed = parts.Select(p => Guid.TryParse(p, out var id) ? id : (Guid?)null).ToList();
        return parsed.Any(p => p is null)
            ? throw new ValidationException([new FluentValidation.Results.ValidationFailure("ids", "Each id must be a GUID.")])
            : [.. parsed.Select(p => p!.Value)];
    }
}
