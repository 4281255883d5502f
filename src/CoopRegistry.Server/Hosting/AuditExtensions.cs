namespace CoopRegistry.Server.Hosting;

/// <summary>
/// The audit checkpoint key: from Audit:SigningKeyPath, or in Development a generated key kept in
/// Audit:DataFolder. The etag key is derived from it, so every process seals etags alike. And the
/// sweep that chains entries a stopped process left unchained (<see cref="AuditLeftoverSweep"/>).
/// </summary>
public static class AuditExtensions
{
    public static void AddRegistryAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<AuditOptions>(AuditOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<AuditOptions>, AuditKeyValidator>();
        builder.Services.AddHostedService<AuditLeftoverSweep>();
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<AuditOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(options.SigningKeyPath))
                return new CheckpointSigner(CheckpointKeys.Load(options.SigningKeyPath), CheckpointKeys.IsDevelopmentKey(options.SigningKeyPath));
            // Only reached in Development: AuditKeyValidator refuses to start without a key anywhere else.
            var path = CheckpointKeys.EnsureDevelopmentKey(options.DataFolder);
            services.GetRequiredService<ILoggerFactory>().CreateLogger("CoopRegistry.Audit")
                .LogWarning("Audit checkpoints are signed with the generated development key {Path}; set Audit:SigningKeyPath outside Development", Path.GetFullPath(path));
            return new CheckpointSigner(CheckpointKeys.Load(path), development: true);
        });
        builder.Services.AddSingleton(services => new EtagSeal(services.GetRequiredService<CheckpointSigner>().DeriveKey("coopregistry.etag.v1")));
    }
}
