using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Data;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.Identity.Features.Login;

public enum LoginOutcome
{
    SignedIn,
    Refused,
    EmailNotConfirmed,
}

public sealed record LoginCommand(string Email, string Password) : ICommand<LoginOutcome>, ISecretBearingCommand;

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(Register.RegisterValidator.MaxPasswordLength);
    }
}

/// <summary>Signs in with the session cookie that the authorize endpoint reads. 5 failures lock the account for 15 minutes.</summary>
public sealed class LoginHandler(UserManager<User> users, SignInManager<User> signIn) : ICommandHandler<LoginCommand, LoginOutcome>
{
    // A hash to check against when the e-mail is unknown, so the answer takes as long as for a real account.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<User>().HashPassword(new User(), Guid.NewGuid().ToString()));

    public async ValueTask<LoginOutcome> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email);
        if (user is null)
        {
            _ = users.PasswordHasher.VerifyHashedPassword(new User(), DecoyHash.Value, command.Password);
            return LoginOutcome.Refused;
        }

        var result = await signIn.PasswordSignInAsync(user, command.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LoginOutcome.SignedIn;
        }

        // Identity refuses an unconfirmed account before it checks the password, and counts nothing: check and count here,
        // so guessing stays locked out and only the right password learns that a confirmation is missing.
        if (result.IsNotAllowed && !await users.IsLockedOutAsync(user))
        {
            if (await users.CheckPasswordAsync(user, command.Password))
            {
                return LoginOutcome.EmailNotConfirmed;
            }

            await users.AccessFailedAsync(user);
        }

        return LoginOutcome.Refused;
    }
}
