using System.Diagnostics;
using Marten;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OpenIddict.EntityFrameworkCore.Models;
using ShareAlliance.Identity.Data;
using ShareAlliance.Identity.Domain;
using ShareAlliance.Identity.Http;
using ShareAlliance.ServiceDefaults.Messaging;

namespace ShareAlliance.Identity.Features.DeleteMe;

/// <summary>Answers false when the account was already gone.</summary>
public sealed record DeleteMeCommand(Guid UserId) : ICommand<bool>;

/// <summary>
/// Deletes the account and records <see cref="AccountDeleted"/> in ONE PostgreSQL transaction: EF Core's and a Marten
/// session opened on the same connection. The relay then publishes UserDeleted from the event store, so the other
/// services hear of every deletion that committed, even if this process dies right after the commit.
/// </summary>
public sealed class DeleteMeHandler(IdentityDb db, UserManager<User> users, IDocumentStore store, TimeProvider clock)
    : ICommandHandler<DeleteMeCommand, bool>
{
    public async ValueTask<bool> Handle(DeleteMeCommand command, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(command.UserId.ToString()) is not { } user)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var subject = user.Id.ToString();
        // Tokens first: they may point at the authorizations.
        await db.Set<OpenIddictEntityFrameworkCoreToken<Guid>>().Where(t => t.Subject == subject).ExecuteDeleteAsync(cancellationToken);
        await db.Set<OpenIddictEntityFrameworkCoreAuthorization<Guid>>().Where(a => a.Subject == subject).ExecuteDeleteAsync(cancellationToken);
        // Roles, claims, logins and memberships go with the user row (cascades).
        (await users.DeleteAsync(user)).ThrowIfFailed();

        await using (var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction((NpgsqlTransaction)transaction.GetDbTransaction())))
        {
            if (Activity.Current?.Id is { } traceParent)
            {
                session.SetHeader(EventRelay.TraceHeader, traceParent);
            }

            session.Events.StartStream(user.Id, new AccountDeleted(user.Id, clock.GetUtcNow()));
            await session.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
