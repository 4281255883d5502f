namespace CoopRegistry.Data.Configurations;

/// <summary>The table, view, columns and indexes every register record shares; each record's configuration starts with <see cref="ToRecordTable"/>.</summary>
internal static class RecordConfiguration
{
    /// <summary>ICU Vietnamese collation: "Đ" sorts after "D", not after "Z".</summary>
    public const string VietnameseCollation = "vi-VN-x-icu";

    /// <summary>
    /// A register record: writes go to <paramref name="table"/>, reads through its view of visible
    /// rows (<see cref="VisibleViewsSql"/> says why); the id, province, audit and search columns
    /// every record has.
    /// </summary>
    public static void ToRecordTable<T>(this EntityTypeBuilder<T> entity, string table) where T : RegistryRecord
    {
        entity.ToTable(table).ToView(VisibleViewsSql.ViewOf(table), RegistryDbContext.Schema);
        entity.HasKey(r => r.Id);
        entity.HasMaxLength(TableConventions.IdLength, r => r.Id);
        entity.HasMaxLength(16, r => r.HomeProvinceCode);
        entity.HasOne<Province>().WithMany().HasForeignKey(r => r.HomeProvinceCode).OnDelete(DeleteBehavior.Restrict);
        // Arrays with GIN indexes: "records my province is party to" is an indexed = ANY.
        entity.HasGinIndexes(r => r.PartyProvinceCodes, r => r.PartyAgencyIds);
        entity.Property(r => r.Sources).HasJsonConversion();
        entity.HasMaxLength(TableConventions.ActorIdLength, r => r.CreatedByClient, r => r.UpdatedByClient);
        entity.HasMaxLength(2000, r => r.WithdrawalReason);
        entity.Property(r => r.Version).IsRowVersion();
        entity.Property(r => r.SearchKey)
            .HasComputedColumnSql("registry.search_key(search_document)", stored: true);
        entity.HasIndex(r => r.SearchKey).HasMethod("gin").HasOperators("gin_trgm_ops");
        entity.HasIndex(r => r.DeleteTime);
        entity.HasIndex(r => r.CreateTime);
        entity.Ignore(r => r.ResourceName);
        entity.Ignore(r => r.IsWithdrawn);
    }

    /// <summary>Text columns people read and sort, of one width: stored as written, ordered the Vietnamese way.</summary>
    public static void HasVietnameseText<T>(this EntityTypeBuilder<T> entity, int maxLength, params Expression<Func<T, string?>>[] columns) where T : class
    {
        foreach (var column in columns)
            entity.Property(column).HasMaxLength(maxLength).UseCollation(VietnameseCollation);
    }
}
