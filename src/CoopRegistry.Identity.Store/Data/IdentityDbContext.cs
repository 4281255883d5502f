using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace CoopRegistry.Identity.Data;

/// <summary>
/// OpenIddict's stores in their own schema of the registry's database: one backup, one server,
/// and the registry's migrations never touch these tables (nor these migrations the registry's).
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public const string Schema = "identity";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.UseOpenIddict();
        // Plain names: the schema already says whose tables these are.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("tokens");
    }
}
