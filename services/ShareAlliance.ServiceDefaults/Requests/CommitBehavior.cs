using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JasperFx;
using Marten;
using Mediator;

namespace ShareAlliance.ServiceDefaults.Requests;

/// <summary>
/// Commits every command in one Marten transaction: the events the handler appended, the read models they update
/// inline, and the idempotency record (client key or consumed MessageId) with the command's result.
/// Handlers therefore fetch, decide and append; they never call SaveChangesAsync themselves.
/// </summary>
public sealed class CommitBehavior<TMessage, TResponse>(IDocumentSession session, OperationContext operation, TimeProvider clock, Failpoints failpoints)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand)
        {
            return await next(message, cancellationToken);
        }

        // Carried to the relay so the published message continues this request's trace.
        if (Activity.Current?.Id is { } traceParent)
        {
            session.SetHeader(Messaging.EventRelay.TraceHeader, traceParent);
        }

        var commandType = typeof(TMessage).Name;
        // Commands carrying passwords or one-time tokens are never hashed into a record nor replayed (a replayed login
        // would answer without its session cookie); each of them is safe to repeat as it is.
        var key = message is ISecretBearingCommand ? null : operation.IdempotencyKey;
        if (key is null)
        {
            var result = await next(message, cancellationToken);
            await session.SaveChangesAsync(cancellationToken);
            failpoints.AfterCommit(commandType);
            return result;
        }

        var commandHash = Hash(message);
        if (await session.LoadAsync<IdempotencyRecord>(key, cancellationToken) is { } seen)
        {
            return Replay(seen, commandType, commandHash);
        }

        var response = await next(message, cancellationToken);
        // Insert, not Store: of two concurrent first attempts with one key, the second fails on the primary key and replays.
        session.Insert(new IdempotencyRecord(key, commandType, commandHash, JsonSerializer.Serialize(response, Json), clock.GetUtcNow()));
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            failpoints.AfterCommit(commandType);
            return response;
        }
        catch (DocumentAlreadyExistsException)
        {
            await using var fresh = session.DocumentStore.LightweightSession();
            var winner = await fresh.LoadAsync<IdempotencyRecord>(key, cancellationToken)
                ?? throw new InvalidOperationException("An idempotency record vanished after a key collision.");
            return Replay(winner, commandType, commandHash);
        }
    }

    private static TResponse Replay(IdempotencyRecord seen, string commandType, string commandHash)
    {
        if (seen.CommandType != commandType || seen.CommandHash != commandHash)
        {
            throw new IdempotencyKeyReusedException(commandType);
        }

        return JsonSerializer.Deserialize<TResponse>(seen.ResultJson, Json)!;
    }

    private static string Hash(TMessage message) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message, Json))));
}
