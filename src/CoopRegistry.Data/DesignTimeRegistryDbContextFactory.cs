using Microsoft.EntityFrameworkCore.Design;

namespace CoopRegistry.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running server.</summary>
public sealed class DesignTimeRegistryDbContextFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>()
            .UseRegistryDatabase(Environment.GetEnvironmentVariable("ConnectionStrings__Registry") ?? "Host=127.0.0.1;Database=design_time")
            .Options);
}
