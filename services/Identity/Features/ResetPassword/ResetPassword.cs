using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Http;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.Identity.Features.ResetPassword;

public sealed record ResetPasswordCommand(string Email, string Token, string NewPassword) : ICommand, ISecretBearingCommand;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Token).NotEmpty().MaximumLength(2_000);
        RuleFor(c => c.NewPassword).NotEmpty().MaximumLength(Register.RegisterValidator.MaxPasswordLength);
    }
}

/// <summary>
/// The token is bound to the account's security stamp, which the reset changes: it works once, and expires after
/// Identity:PasswordResetLifespan. Whoever knew the old password loses every session and refresh token.
/// </summary>
public sealed class ResetPasswordHandler(UserManager<User> users, IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations)
    : ICommandHandler<ResetPasswordCommand>
{
    public async ValueTask<Unit> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email)
            ?? throw IdentityErrors.Invalid("token", "This reset link is invalid or has expired.");
        (await users.ResetPasswordAsync(user, command.Token, command.NewPassword)).ThrowIfFailed(passwordField: "newPassword");

        // Proof of the mailbox is proof enough to lift a lockout.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await tokens.RevokeBySubjectAsync(user.Id.ToString(), cancellationToken);
        await authorizations.RevokeBySubjectAsync(user.Id.ToString(), cancellationToken);
        return Unit.Value;
    }
}
