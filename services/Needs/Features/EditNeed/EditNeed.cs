using FluentValidation;
using Marten;
using Mediator;
using ShareAlliance.Needs.Domain;
using ShareAlliance.Needs.Features.GetNeed;
using ShareAlliance.ServiceDefaults.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Needs.Features.EditNeed;

/// <summary>The whole editable content, replaced at once (PUT); <see cref="NeedId"/> and <see cref="ExpectedVersion"/> come from the route and If-Match.</summary>
public sealed record EditNeedCommand(
    string Title,
    string? Description,
    string Category,
    NeedFormat? Format,
    WorkMode? WorkMode,
    NeedPlace? Place,
    int EffortHours,
    DateOnly? Deadline,
    Urgency? Urgency,
    IReadOnlyList<string>? Languages,
    IReadOnlyList<RequiredSkillInput> RequiredSkills,
    decimal? Budget,
    bool Sensitive) : ICommand<NeedDetails>, INeedContentInput
{
    public Guid NeedId { get; init; }

    public long? ExpectedVersion { get; init; }
}

public sealed class EditNeedValidator : AbstractValidator<EditNeedCommand>
{
    public EditNeedValidator(TimeProvider clock) => this.AddNeedContentRules(clock);
}

public sealed class EditNeedHandler(IDocumentSession session, CurrentUser user, TimeProvider clock) : ICommandHandler<EditNeedCommand, NeedDetails>
{
    public async ValueTask<NeedDetails> Handle(EditNeedCommand command, CancellationToken cancellationToken)
        => await session.DecideAsync(user, command.NeedId, command.ExpectedVersion, need => need.Edit(command.ToContent(), user.Id, clock.GetUtcNow()), cancellationToken);
}

public static class EditNeedEndpoint
{
    public static void MapEditNeed(this IEndpointRouteBuilder app) =>
        app.MapPut("/needs/{id:guid}", async (Guid id, EditNeedCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var need = await sender.Send(command with { NeedId = id, ExpectedVersion = request.IfMatchVersion() }, ct);
                response.SetETag(need.Version);
                return TypedResults.Ok(need);
            })
            .RequireAuthorization(p => p.RequireRole(Roles.AssociationMember))
            .WithName("EditNeed")
            .WithSummary("Replace a draft or published need's content. Send its ETag in If-Match: a stale one gets 412.")
            .WithTags("Needs");
}
