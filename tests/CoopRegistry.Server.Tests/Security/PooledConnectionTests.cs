using CoopRegistry.Data;
using CoopRegistry.Data.Security;
using CoopRegistry.Domain.Access;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Server.Tests.Commitments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CoopRegistry.Server.Tests.Security;

/// <summary>
/// The pool takes connections back without resetting them (<see cref="RegistryDbContextOptions.PooledConnectionString"/>).
/// Run apart from every other class: a class that finishes clears every pool of the process
/// (<c>ClassDatabase</c>), which would hand this test a fresh connection instead of the used one.
/// </summary>
[Collection(PoolsLeftAlone.Name)]
public class PooledConnectionTests(CommitmentRegistry registry) : IClassFixture<CommitmentRegistry>
{
    [Fact]
    public async Task A_pooled_connection_keeps_nothing_of_its_previous_caller()
    {
        // The pool takes connections back without resetting them: each opening must replace what
        // the call before left on its connection (its row scope, a search's plan_cache_mode) before
        // its first command. A pool of one connection of its own, so every opening gets the same one.
        // A Gia Lai commitment Ratanakiri is no party to: the callers below see different rows.
        await registry.CreateAsync(registry.Complete("Hồ sơ nội bộ của Sở Ngoại vụ"));
        // A short name: a session whose name and scope fit in 63 bytes may skip settings it holds (HeldScopeTests).
        var own = new NpgsqlConnectionStringBuilder(registry.AppConnectionString) { ApplicationName = $"reuse-{Guid.NewGuid():N}"[..14], MaxPoolSize = 1 }.ConnectionString;
        await using var owner = registry.CreateContext();
        var backends = new HashSet<int>();
        var counts = new HashSet<int>();
        foreach (var (caller, scope) in new (Caller?, RowScope)[]
        {
            (TestCallers.Ratanakiri, RowScope.For(TestCallers.Ratanakiri)),
            (null, RowScope.System),
            (TestCallers.Ratanakiri, RowScope.For(TestCallers.Ratanakiri)),
            (TestCallers.Ratanakiri, RowScope.For(TestCallers.Ratanakiri)),
            (TestCallers.Department, RowScope.For(TestCallers.Department)),
        })
        {
            await using var app = new RegistryDbContext(new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(own).Options);
            using var use = RowScope.Use(scope);
            await app.Database.OpenConnectionAsync();
            backends.Add(((NpgsqlConnection)app.Database.GetDbConnection()).ProcessID);
            var visible = owner.Set<Commitment>().AsNoTracking();
            if (caller is not null)
                visible = visible.Where(RecordAccess.VisibleTo<Commitment>(caller));
            var seen = await app.Set<Commitment>().AsNoTracking().Select(c => c.Id).OrderBy(id => id).ToListAsync();
            Assert.Equal(await visible.Select(c => c.Id).OrderBy(id => id).ToListAsync(), seen);
            counts.Add(seen.Count);
            Assert.Equal("auto", await app.Database.SqlQuery<string>($"SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync());
            // What a search leaves for the next opening to undo, also one with the same scope
            // (a query tagged as CustomPlan.Tag gets a custom plan for the rest of the session).
            await app.Set<Commitment>().AsNoTracking().TagWith("custom plan: a text search").Select(c => c.Id).Take(1).ToListAsync();
            Assert.Equal("force_custom_plan", await app.Database.SqlQuery<string>($"SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync());
        }
        Assert.Single(backends);
        // The callers see different rows, so a scope left over would show.
        Assert.True(counts.Count > 1, "every caller saw as many commitments");
    }
}

/// <summary>Tests run after all others, one at a time, so no other class clears the pools under them (ClassDatabase and TemplateDatabase clear every pool of the process when they finish).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PoolsLeftAlone
{
    public const string Name = "pools left alone";
}
