using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Access;
using ShareAlliance.Identity.Data;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.AddMember;

public sealed record AddMemberRequest(string Email);

/// <summary>Answers null when no confirmed account has the e-mail (the person registers first).</summary>
public sealed record AddMemberCommand(string Kind, Guid OrganisationId, string Email) : ICommand<MembershipView?>;

public sealed class AddMemberValidator : AbstractValidator<AddMemberCommand>
{
    public AddMemberValidator()
    {
        RuleFor(c => c.Kind).Must(OrganisationKinds.IsKnown).WithMessage($"An organisation kind is one of: {string.Join(", ", OrganisationKinds.All)}.");
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
    }
}

public sealed class AddMemberHandler(UserManager<User> users, Memberships memberships) : ICommandHandler<AddMemberCommand, MembershipView?>
{
    public async ValueTask<MembershipView?> Handle(AddMemberCommand command, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(command.Email) is { EmailConfirmed: true } user
            ? await memberships.GrantAsync(user, command.Kind, command.OrganisationId, owner: false, cancellationToken)
            : null;
}
