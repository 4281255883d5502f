using CoopRegistry.Identity.People;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;

namespace CoopRegistry.Identity.Data;

/// <summary>
/// OpenIddict's stores, ASP.NET Core Identity's people and the token service's data-protection
/// keys in their own schema of the registry's database: one backup, one server, and the registry's
/// migrations never touch these tables (nor these migrations the registry's).
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options)
    : Microsoft.AspNetCore.Identity.EntityFrameworkCore.IdentityDbContext<Person>(options), IDataProtectionKeyContext
{
    public const string Schema = "identity";

    /// <summary>The keys of the sign-in cookie and the sign-in pages' tickets and forms, shared by every instance and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.UseOpenIddict();
        // Plain names: the schema already says whose tables these are.
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreApplication>().ToTable("applications");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreAuthorization>().ToTable("authorizations");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreScope>().ToTable("scopes");
        modelBuilder.Entity<OpenIddictEntityFrameworkCoreToken>().ToTable("tokens");
        modelBuilder.Entity<Person>(person =>
        {
            person.ToTable("people");
            person.Property(p => p.DisplayName).HasMaxLength(200);
            person.Property(p => p.Agency).HasMaxLength(100);
            person.Property(p => p.Province).HasMaxLength(10);
            person.HasIndex(p => p.Province);
        });
        modelBuilder.Entity<IdentityRole>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("person_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("person_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("person_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("person_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
