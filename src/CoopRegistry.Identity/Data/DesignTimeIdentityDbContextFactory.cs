using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoopRegistry.Identity.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the token service.</summary>
public sealed class DesignTimeIdentityDbContextFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<IdentityDbContext>()
            .UseIdentityDatabase(Environment.GetEnvironmentVariable("ConnectionStrings__Identity") ?? "Host=127.0.0.1;Database=design_time")
            .Options);
}
