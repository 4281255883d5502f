namespace CoopRegistry.Data.Search;

/// <summary>Maps the search SQL functions into a model, so LINQ can call them.</summary>
public static class SearchModel
{
    public static ModelBuilder HasSearchFunctions(this ModelBuilder modelBuilder)
    {
        modelBuilder.HasDbFunction(typeof(SearchFunctions).GetMethod(nameof(SearchFunctions.SearchKey))!)
            .HasSchema(RegistryDbContext.Schema).HasName(SearchFunctions.SearchKeyName)
            // Callers pass it non-null text; saying so keeps EF Core from wrapping it in COALESCE.
            .IsNullable(false);
        return modelBuilder;
    }
}
