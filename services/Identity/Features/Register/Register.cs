using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Http;
using ShareAlliance.Identity.Mail;
using ShareAlliance.Identity.Setup;
using ShareAlliance.ServiceDefaults.Requests;
using ShareAlliance.ServiceDefaults.Security;

namespace ShareAlliance.Identity.Features.Register;

/// <summary><paramref name="AccountType"/>: the role asked for (association_member, volunteer, employer_admin, funder), or none.</summary>
public sealed record RegisterCommand(string Email, string Password, string? AccountType) : ICommand, ISecretBearingCommand;

public sealed class RegisterValidator : AbstractValidator<RegisterCommand>
{
    public const int MaxPasswordLength = 128;

    public RegisterValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(MaxPasswordLength);
        RuleFor(c => c.AccountType)
            .Must(t => t is null || Roles.AccountTypes.Contains(t, StringComparer.Ordinal))
            .WithMessage($"An account type is one of: {string.Join(", ", Roles.AccountTypes)}.");
    }
}

/// <summary>
/// Always the same answer (202) for a new and an existing address: the mailbox learns which it was, an attacker does not.
/// </summary>
public sealed class RegisterHandler(UserManager<User> users, IdentityDb db, IAccountMailer mailer, TimeProvider clock, IOptions<IdentitySettings> settings)
    : ICommandHandler<RegisterCommand>
{
    public async ValueTask<Unit> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var user = new User { Id = Guid.CreateVersion7(), UserName = command.Email, Email = command.Email, RegisteredAt = clock.GetUtcNow() };
        // The password policy answers before the address is looked up, so its verdict cannot tell whether the account exists.
        foreach (var validator in users.PasswordValidators)
        {
            (await validator.ValidateAsync(users, user, command.Password)).ThrowIfFailed();
        }

        if (await users.FindByEmailAsync(command.Email) is { } existing)
        {
            // Hash anyway: the time taken must not tell either.
            _ = users.PasswordHasher.HashPassword(existing, command.Password);
            var notice = existing.EmailConfirmed
                ? AccountMails.AlreadyRegistered(existing)
                : AccountMails.ConfirmEmail(existing, await users.GenerateEmailConfirmationTokenAsync(existing), settings.Value.WebUrl);
            await mailer.SendAsync(notice, cancellationToken);
            return Unit.Value;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            (await users.CreateAsync(user, command.Password)).ThrowIfFailed();
            if (command.AccountType is { } role)
            {
                (await users.AddToRoleAsync(user, role)).ThrowIfFailed();
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        await mailer.SendAsync(AccountMails.ConfirmEmail(user, token, settings.Value.WebUrl), cancellationToken);
        return Unit.Value;
    }
}
