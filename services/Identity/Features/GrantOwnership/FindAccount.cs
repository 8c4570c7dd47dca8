using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using ShareAlliance.Identity.Data;

namespace ShareAlliance.Identity.Features.GrantOwnership;

/// <summary>The id of the confirmed account with this e-mail, or null.</summary>
public sealed record FindAccountQuery(string Email) : IQuery<Guid?>;

public sealed class FindAccountHandler(UserManager<User> users) : IQueryHandler<FindAccountQuery, Guid?>
{
    public async ValueTask<Guid?> Handle(FindAccountQuery query, CancellationToken cancellationToken) =>
        await users.FindByEmailAsync(query.Email) is { EmailConfirmed: true } user ? user.Id : null;
}

public sealed class FindAccountValidator : AbstractValidator<FindAccountQuery>
{
    public FindAccountValidator() => RuleFor(q => q.Email).NotEmpty().EmailAddress().MaximumLength(256);
}
