namespace CoopRegistry.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<RecordDocument>
{
    public void Configure(EntityTypeBuilder<RecordDocument> entity)
    {
        entity.ToTable("documents");
        entity.HasKey(d => d.Id);
        entity.Property(d => d.Id).HasMaxLength(40);
        // Any register record can carry documents: the parent is named by collection and id.
        entity.Property(d => d.ParentCollection).HasMaxLength(32);
        entity.Property(d => d.ParentId).HasMaxLength(63);
        entity.HasIndex(d => new { d.ParentCollection, d.ParentId, d.CreateTime });
        entity.Property(d => d.FileName).VietnameseText(DocumentRules.MaxFileNameLength);
        entity.Property(d => d.ContentType).HasMaxLength(100);
        entity.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        entity.Property(d => d.Uri).HasMaxLength(DocumentRules.MaxUriLength);
        entity.Property(d => d.Kind).HasMaxLength(32);
        entity.Property(d => d.CreatedByClient).HasMaxLength(100);
        entity.Property(d => d.CreatedByAgency).HasMaxLength(100);
        entity.Ignore(d => d.IsReference);
        entity.Ignore(d => d.ResourceName);
    }
}

internal sealed class DocumentChunkConfiguration : IEntityTypeConfiguration<DocumentChunk>
{
    public void Configure(EntityTypeBuilder<DocumentChunk> entity)
    {
        entity.ToTable("document_chunks", table => table.HasCheckConstraint(
            "ck_document_chunks_size", $"octet_length(data) BETWEEN 1 AND {DocumentRules.ChunkBytes}"));
        entity.HasKey(c => new { c.DocumentId, c.Sequence });
        entity.HasOne<RecordDocument>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
