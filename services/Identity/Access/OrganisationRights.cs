using FluentValidation;
using Mediator;
using ShareAlliance.Identity.Http;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Access;

public sealed record OrganisationRightsQuery(Caller Caller, string Kind, Guid OrganisationId) : IQuery<OrganisationRights>;

public sealed record OrganisationRights(bool IsCoordinator, bool IsOwner)
{
    public bool CanManageMembers => IsCoordinator || IsOwner;
}

public sealed class OrganisationRightsValidator : AbstractValidator<OrganisationRightsQuery>
{
    public OrganisationRightsValidator() => RuleFor(q => q.Kind).Must(OrganisationKinds.IsKnown)
        .OverridePropertyName("kind")
        .WithMessage($"An organisation kind is one of: {string.Join(", ", OrganisationKinds.All)}.");
}

public sealed class OrganisationRightsHandler(OrganisationAccess access) : IQueryHandler<OrganisationRightsQuery, OrganisationRights>
{
    public async ValueTask<OrganisationRights> Handle(OrganisationRightsQuery query, CancellationToken cancellationToken) => new(
        await access.IsCoordinatorAsync(query.Caller),
        await access.IsOwnerAsync(query.Caller, query.Kind, query.OrganisationId, cancellationToken));
}
