using System.Data.Common;
using CoopRegistry.Data;
using CoopRegistry.Data.Security;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Server.Tests.Commitments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace CoopRegistry.Server.Tests.Security;

/// <summary>
/// An opening whose backend session already holds its row scope sends no settings
/// (ConnectionScope.Holds), so a Get is one statement. What may never happen: a
/// session that holds another scope, or one a rollback or a failed statement took back, serving an
/// opening without its settings. Each test reuses one connection (a pool of one of its own), the
/// session first holding every row, then a partner's opening: skipping its settings wrongly would
/// show the partner every row. Run with the pools left alone (<see cref="PooledConnectionTests"/>).
/// </summary>
[Collection(PoolsLeftAlone.Name)]
public class HeldScopeTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    private static readonly RowScope Partner = RowScope.For(TestCallers.Ratanakiri);

    [Fact]
    public async Task An_opening_sends_its_settings_unless_the_session_holds_exactly_its_scope()
    {
        var pool = await PoolOfOneAsync();
        var steps = new (Caller? Caller, bool Sent)[]
        {
            (TestCallers.Ratanakiri, true), (TestCallers.Ratanakiri, false), (null, true), (null, false),
            (TestCallers.Department, true), (TestCallers.Department, false), (TestCallers.Ratanakiri, true),
        };
        foreach (var (caller, sent) in steps)
            Assert.Equal(sent, await ReadsAsExpectedAsync(pool, caller));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_scope_a_rollback_took_back_is_sent_again(bool rollBack)
    {
        var pool = await PoolOfOneAsync();
        await ReadsAsExpectedAsync(pool, null);
        await using (var app = Context(pool, new Commands()))
        using (RowScope.Use(Partner))
        {
            await app.Database.OpenConnectionAsync();
            await using var transaction = await app.Database.BeginTransactionAsync();
            await app.Set<Commitment>().AsNoTracking().Select(c => c.Id).ToListAsync();
            if (rollBack)
                await transaction.RollbackAsync();
            // Else the transaction is left open: disposing it (or the pool taking its connection back) rolls it back.
        }
        Assert.True(await ReadsAsExpectedAsync(pool, TestCallers.Ratanakiri), "the partner's settings should be sent again");
    }

    [Fact]
    public async Task A_scope_a_statement_failing_while_its_rows_were_read_took_back_is_sent_again()
    {
        // The settings travel in the failing query's implicit transaction, and the error comes after
        // its first rows (not while the command executes), so no command-failed event says so.
        var pool = await PoolOfOneAsync();
        await ReadsAsExpectedAsync(pool, null);
        await using (var app = Context(pool, new Commands()))
        using (RowScope.Use(Partner))
        {
            await app.Database.OpenConnectionAsync();
            await Assert.ThrowsAsync<PostgresException>(() => app.Database
                .SqlQuery<int>($"SELECT CASE WHEN n = 3 THEN 1 / (n - 3) ELSE n END AS \"Value\" FROM generate_series(1, 5) AS n").ToListAsync());
        }
        Assert.True(await ReadsAsExpectedAsync(pool, TestCallers.Ratanakiri), "the partner's settings should be sent again");
    }

    /// <summary>
    /// One opening of the pool's connection with <paramref name="caller"/>'s scope (the system's when
    /// null): it reads exactly the commitments the caller may see, on the pool's one backend; whether its
    /// query carried the settings.
    /// </summary>
    private async Task<bool> ReadsAsExpectedAsync(Pool pool, Caller? caller)
    {
        var commands = new Commands();
        await using var app = Context(pool, commands);
        using var use = RowScope.Use(caller is null ? RowScope.System : RowScope.For(caller));
        await app.Database.OpenConnectionAsync();
        Assert.Equal(pool.Backend, ((NpgsqlConnection)app.Database.GetDbConnection()).ProcessID);
        var seen = await app.Set<Commitment>().AsNoTracking().Select(c => c.Id).OrderBy(id => id).ToListAsync();
        await using var owner = registry.CreateContext();
        var visible = owner.Set<Commitment>().AsNoTracking();
        if (caller is not null)
            visible = visible.Where(RecordAccess.VisibleTo<Commitment>(caller));
        Assert.Equal(await visible.Select(c => c.Id).OrderBy(id => id).ToListAsync(), seen);
        return Assert.Single(commands.Texts).StartsWith("SELECT set_config(", StringComparison.Ordinal);
    }

    /// <summary>A pool of one connection of its own, whose callers see different commitments.</summary>
    private async Task<Pool> PoolOfOneAsync()
    {
        // A Gia Lai commitment Ratanakiri is no party to.
        await registry.CreateAsync(registry.Complete("Hồ sơ nội bộ của Sở Ngoại vụ"));
        // A short name of its own: the session's name (that and the scope) must fit in 63 bytes.
        var name = $"held-{Guid.NewGuid():N}"[..13];
        var pool = new Pool(new NpgsqlConnectionStringBuilder(registry.AppConnectionString) { ApplicationName = name, MaxPoolSize = 1 }.ConnectionString, 0);
        await using var app = Context(pool, new Commands());
        await app.Database.OpenConnectionAsync();
        return pool with { Backend = ((NpgsqlConnection)app.Database.GetDbConnection()).ProcessID };
    }

    private static RegistryDbContext Context(Pool pool, Commands commands) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(pool.ConnectionString).AddInterceptors(commands).Options);

    private sealed record Pool(string ConnectionString, int Backend);

    /// <summary>The text of every query as sent (after the registry's own interceptors, which run first).</summary>
    private sealed class Commands : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
