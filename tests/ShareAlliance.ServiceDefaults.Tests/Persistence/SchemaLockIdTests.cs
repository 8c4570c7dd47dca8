using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.ServiceDefaults.Tests.Persistence;

/// <summary>
/// Services sharing a database apply their schema changes under a lock of their own: with one shared lock, a busy start of
/// several services made one give up ("Unable to attain the global lock in time to apply database changes") and exit.
/// </summary>
public sealed class SchemaLockIdTests
{
    [Fact]
    public void EachSchema_HasItsOwnLock_TheSameInEveryProcess()
    {
        // Fixed values: replicas of one service, in different processes, must compute the same id to wait for each other.
        EventStoreExtensions.SchemaLockId("needs").ShouldBe(1513736634);
        EventStoreExtensions.SchemaLockId("matching").ShouldBe(1511057274);

        string[] schemas = ["needs", "volunteers", "funding", "matching", "identity"];
        schemas.Select(EventStoreExtensions.SchemaLockId).Distinct().Count().ShouldBe(schemas.Length);
    }
}
