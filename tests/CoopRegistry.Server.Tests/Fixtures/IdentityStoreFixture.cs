using CoopRegistry.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>The registry in process on a cloned database that also has the token service's identity schema.</summary>
public sealed class IdentityStoreFixture : RegistryFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = new IdentityDbContext(new DbContextOptionsBuilder<IdentityDbContext>().UseIdentityDatabase(ConnectionString).Options);
        await db.Database.MigrateAsync();
    }
}
