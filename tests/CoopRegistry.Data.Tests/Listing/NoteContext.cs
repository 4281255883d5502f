using CoopRegistry.Data.Search;

namespace CoopRegistry.Data.Tests.Listing;

/// <summary>A test-only context whose one table is created by the test (see <see cref="NoteDatabase"/>).</summary>
public sealed class NoteContext(DbContextOptions<NoteContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("listing_test");
        modelBuilder.HasSearchFunctions();
        modelBuilder.Entity<Note>(note =>
        {
            note.HasKey(n => n.Id);
            note.Property(n => n.Stage).HasConversion<string>();
            note.PrimitiveCollection(n => n.Stages).ElementType().HasConversion<string>();
            note.Property(n => n.SearchKey).HasComputedColumnSql("registry.search_key(search_document)", stored: true);
            note.HasIndex(n => n.SearchKey).HasMethod("gin").HasOperators("gin_trgm_ops");
        });
    }
}
