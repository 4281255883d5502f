using CoopRegistry.Data;
using CoopRegistry.Data.Commitments;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoopRegistry.AuditBenchmark;

/// <summary>
/// The real registry in process on its own database. With <c>audit: false</c> its DbContext is
/// configured exactly as UseRegistryDatabase does minus the AuditInterceptor: the baseline.
/// </summary>
public sealed class BenchRegistry(string connectionString, bool audit) : WebApplicationFactory<Program>
{
    // The factory finds the registry's content root (appsettings.json) only for test projects by
    // itself; this program names it the way the factory documents (environment variable).
    static BenchRegistry() => Environment.SetEnvironmentVariable(
        "ASPNETCORE_TEST_CONTENTROOT_COOPREGISTRY_SERVER", Path.Combine(Testing.RepositoryPaths.Root, "src", "CoopRegistry.Server"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Registry", connectionString);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.Authority = null;
                jwt.TokenValidationParameters.ValidIssuer = BenchTokens.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = BenchTokens.Key;
            });
            if (audit)
                return;
            services.RemoveAll<IDbContextOptionsConfiguration<RegistryDbContext>>();
            services.ConfigureDbContext<RegistryDbContext>(options => options
                .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history", RegistryDbContext.Schema))
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(CommitmentHistoryInterceptor.Instance));
        });
    }
}
