using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Access;
using ShareAlliance.Identity.Data;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.GrantOwnership;

/// <summary>
/// Makes a user an owner of an organisation. The seam for the services that create organisations: a consumer of, say,
/// Contracts.Needs.AssociationRegistered(associationId, ownerUserId) maps the message to this command and sends it.
/// Idempotent (granting twice changes nothing), as every handler reached from a consumer must be. Null: unknown user.
/// </summary>
public sealed record GrantOwnershipCommand(Guid UserId, string Kind, Guid OrganisationId) : ICommand<MembershipView?>;

public sealed class GrantOwnershipValidator : AbstractValidator<GrantOwnershipCommand>
{
    public GrantOwnershipValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Kind).Must(OrganisationKinds.IsKnown).WithMessage($"An organisation kind is one of: {string.Join(", ", OrganisationKinds.All)}.");
        RuleFor(c => c.OrganisationId).NotEmpty();
    }
}

public sealed class GrantOwnershipHandler(UserManager<User> users, Memberships memberships) : ICommandHandler<GrantOwnershipCommand, MembershipView?>
{
    public async ValueTask<MembershipView?> Handle(GrantOwnershipCommand command, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(command.UserId.ToString()) is { } user
            ? await memberships.GrantAsync(user, command.Kind, command.OrganisationId, owner: true, cancellationToken)
            : null;
}
