using Marten;
using Npgsql;
using ShareAlliance.ServiceDefaults.Persistence;

namespace ShareAlliance.ServiceDefaults.Tests.Persistence;

/// <summary>Writers of the same ids queue behind each other until the first transaction ends; writers of other ids do not.</summary>
public sealed class AdvisoryLocksTests : IDisposable
{
    private static readonly string ConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Marten")
        ?? throw new InvalidOperationException("ConnectionStrings__Marten is not set: run the tests with ./test.sh.");

    private readonly DocumentStore store = DocumentStore.For(o =>
    {
        o.Connection(ConnectionString);
        o.DatabaseSchemaName = $"t_locks_{Guid.NewGuid():N}"[..30];
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LockedIds_MakeAnotherTransactionWait_UntilTheFirstEnds_AndOtherIdsNever()
    {
        var (need, volunteer, unrelated) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var first = store.LightweightSession();
        await first.LockAsync([volunteer, need, need], Ct);
        (await HeldAsync(need)).ShouldBe(1, "a repeated id is locked once");
        (await HeldAsync(volunteer)).ShouldBe(1);

        await using (var other = store.LightweightSession())
        {
            await other.LockAsync([unrelated], Ct); // answers at once: nothing holds it
            (await HeldAsync(unrelated)).ShouldBe(1);
        }

        await using var second = store.LightweightSession();
        var queued = second.LockAsync([need], Ct);
        await UntilAsync(async () => await WaitingAsync(need) == 1);
        queued.IsCompleted.ShouldBeFalse("the need is still locked by the first transaction");

        await first.DisposeAsync(); // its transaction ends (rolled back): its locks go with it

        await queued;
        (await HeldAsync(need)).ShouldBe(1);
        (await HeldAsync(volunteer)).ShouldBe(0);
        (await HeldAsync(unrelated)).ShouldBe(0, "released when its session ended");
    }

    public void Dispose() => store.Dispose();

    private static Task<long> HeldAsync(Guid id) => CountAsync(id, granted: true);

    private static Task<long> WaitingAsync(Guid id) => CountAsync(id, granted: false);

    // A bigint advisory lock shows in pg_locks as its high and low 32 bits (classid, objid) with objsubid 1.
    private static async Task<long> CountAsync(Guid id, bool granted)
    {
        var key = AdvisoryLocks.KeyOf(id);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "select count(*) from pg_locks where locktype = 'advisory' and objsubid = 1 and classid = $1::oid and objid = $2::oid and granted = $3", connection);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = (uint)(key >> 32) });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = (uint)key });
        command.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = granted });
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    // Waits for a state of the database, not for a duration: the deadline only stops a test that would otherwise hang.
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 200 && !await condition(); attempt++)
        {
            await Task.Delay(50, Ct);
        }

        (await condition()).ShouldBeTrue();
    }
}
