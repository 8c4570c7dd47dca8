using JasperFx.Events;
using Marten;
using ShareAlliance.ServiceDefaults.Problems;

namespace ShareAlliance.ServiceDefaults.Persistence;

/// <summary>Loading an aggregate to change it, the same way in every handler.</summary>
public static class StreamExtensions
{
    /// <summary>
    /// Fetches the stream for writing: 404 when it does not exist, 412 when the caller's If-Match version is not the current
    /// one. Marten also checks at commit that nobody appended in between (a lost race becomes 409, or 412 under If-Match).
    /// </summary>
    public static async Task<IEventStream<T>> FetchForUpdateAsync<T>(
        this IDocumentSession session, Guid id, long? expectedVersion, CancellationToken cancellationToken)
        where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, cancellationToken);
        if (stream.Aggregate is null)
        {
            throw new NotFoundException(typeof(T).Name);
        }

        if (expectedVersion is { } expected && expected != stream.CurrentVersion)
        {
            throw new StaleVersionException(expected, stream.CurrentVersion ?? 0);
        }

        return stream;
    }
}
