namespace CoopRegistry.Data.Configurations;

internal sealed class RequestRecordConfiguration : IEntityTypeConfiguration<RequestRecord>
{
    public void Configure(EntityTypeBuilder<RequestRecord> entity)
    {
        entity.ToTable("request_ids");
        entity.HasKey(r => new { r.ClientId, r.RequestId });
        entity.HasMaxLength(TableConventions.ActorIdLength, r => r.ClientId);
        entity.HasMaxLength(200, r => r.ResourceName);
    }
}
