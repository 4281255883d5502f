namespace CoopRegistry.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<RecordDocument>
{
    public void Configure(EntityTypeBuilder<RecordDocument> entity)
    {
        entity.ToTable("documents");
        entity.HasKey(d => d.Id);
        entity.HasMaxLength(40, d => d.Id);
        // Any register record can carry documents: the parent is named by collection and id.
        entity.HasMaxLength(32, d => d.ParentCollection, d => d.Kind);
        entity.HasMaxLength(TableConventions.IdLength, d => d.ParentId);
        entity.HasIndex(d => new { d.ParentCollection, d.ParentId, d.CreateTime });
        entity.HasVietnameseText(DocumentRules.MaxFileNameLength, d => d.FileName);
        entity.HasMaxLength(100, d => d.ContentType);
        entity.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        entity.HasMaxLength(DocumentRules.MaxUriLength, d => d.Uri);
        entity.HasMaxLength(TableConventions.ActorIdLength, d => d.CreatedByClient, d => d.CreatedByAgency);
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
