using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Http;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.Identity.Features.ConfirmEmail;

public sealed record ConfirmEmailCommand(Guid UserId, string Token) : ICommand, ISecretBearingCommand;

public sealed class ConfirmEmailValidator : AbstractValidator<ConfirmEmailCommand>
{
    public ConfirmEmailValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Token).NotEmpty().MaximumLength(2_000);
    }
}

public sealed class ConfirmEmailHandler(UserManager<User> users) : ICommandHandler<ConfirmEmailCommand>
{
    public async ValueTask<Unit> Handle(ConfirmEmailCommand command, CancellationToken cancellationToken)
    {
        // An unknown user gets the answer of a bad token: the link is what is wrong, whoever it names.
        var user = await users.FindByIdAsync(command.UserId.ToString())
            ?? throw IdentityErrors.Invalid("token", "This confirmation link is invalid or has expired.");
        (await users.ConfirmEmailAsync(user, command.Token)).ThrowIfFailed();
        return Unit.Value;
    }
}
