using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Mail;
using ShareAlliance.Identity.Setup;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.Identity.Features.ForgotPassword;

public sealed record ForgotPasswordCommand(string Email) : ICommand, ISecretBearingCommand;

public sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordCommand>
{
    public ForgotPasswordValidator() => RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
}

/// <summary>Sends a reset link to an existing, confirmed account (a new confirmation link to an unconfirmed one); says nothing either way.</summary>
public sealed class ForgotPasswordHandler(UserManager<User> users, IAccountMailer mailer, IOptions<IdentitySettings> settings)
    : ICommandHandler<ForgotPasswordCommand>
{
    public async ValueTask<Unit> Handle(ForgotPasswordCommand command, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(command.Email) is not { } user)
        {
            return Unit.Value;
        }

        var mail = user.EmailConfirmed
            ? AccountMails.ResetPassword(user, await users.GeneratePasswordResetTokenAsync(user), settings.Value.WebUrl)
            : AccountMails.ConfirmEmail(user, await users.GenerateEmailConfirmationTokenAsync(user), settings.Value.WebUrl);
        await mailer.SendAsync(mail, cancellationToken);
        return Unit.Value;
    }
}
