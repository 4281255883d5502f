using CoopRegistry.Data.Search;

namespace CoopRegistry.Data;

/// <summary>The registry's store: one PostgreSQL schema, snake_case names, migrations in this project.</summary>
public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : DbContext(options)
{
    public const string Schema = "registry";

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Agency> Agencies => Set<Agency>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        // Accent-insensitive search ("xuc tien dau tu" finds "xúc tiến đầu tư") needs both.
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasSearchFunctions();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RegistryDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        // Enums are stored by name: a table reads on its own in psql, and reordering an enum changes nothing stored.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
}
