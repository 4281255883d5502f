using CoopRegistry.Testing;

namespace CoopRegistry.Data.Tests.Listing;

/// <summary>
/// A class database (with registry.search_key, unaccent and pg_trgm) plus the notes table, made
/// from the test model's create script: EnsureCreated would skip it, the database having tables.
/// </summary>
public class NoteDatabase : ClassDatabase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateNoteContext();
        await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
    }

    public NoteContext CreateNoteContext() =>
        new(new DbContextOptionsBuilder<NoteContext>().UseNpgsql(ConnectionString).UseSnakeCaseNamingConvention().Options);

    public async Task AddAsync(params Note[] notes)
    {
        await using var db = CreateNoteContext();
        db.Notes.AddRange(notes);
        await db.SaveChangesAsync();
    }
}
