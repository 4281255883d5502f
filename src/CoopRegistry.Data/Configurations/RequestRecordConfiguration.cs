namespace CoopRegistry.Data.Configurations;

internal sealed class RequestRecordConfiguration : IEntityTypeConfiguration<RequestRecord>
{
    public void Configure(EntityTypeBuilder<RequestRecord> entity)
    {
        entity.ToTable("request_ids");
        entity.HasKey(r => new { r.ClientId, r.RequestId });
        entity.Property(r => r.ClientId).HasMaxLength(100);
        entity.Property(r => r.ResourceName).HasMaxLength(200);
    }
}
