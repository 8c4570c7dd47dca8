using Mediator;
using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Data;
using ShareAlliance.ServiceDefaults.Requests;

namespace ShareAlliance.Identity.Features.Logout;

public sealed record LogoutCommand : ICommand, ISecretBearingCommand;

public sealed class LogoutHandler(SignInManager<User> signIn) : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
