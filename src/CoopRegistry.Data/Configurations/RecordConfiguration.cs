using CoopRegistry.Data.Security;
using CoopRegistry.Domain.Directory;
using CoopRegistry.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopRegistry.Data.Configurations;

/// <summary>The columns and indexes every register record table shares; each record's configuration calls it first.</summary>
internal static class RecordConfiguration
{
    /// <summary>ICU Vietnamese collation: "Đ" sorts after "D", not after "Z".</summary>
    public const string VietnameseCollation = "vi-VN-x-icu";

    /// <summary>Writes go to <paramref name="table"/>, reads through its view of visible rows (<see cref="VisibleViewsSql"/> says why).</summary>
    public static void ToRecordTable<T>(this EntityTypeBuilder<T> entity, string table) where T : RegistryRecord =>
        entity.ToTable(table).ToView(VisibleViewsSql.ViewOf(table), RegistryDbContext.Schema);

    public static void ConfigureRecord<T>(this EntityTypeBuilder<T> entity) where T : RegistryRecord
    {
        entity.HasKey(r => r.Id);
        entity.Property(r => r.Id).HasMaxLength(63);
        entity.Property(r => r.HomeProvinceCode).HasMaxLength(16);
        entity.HasOne<Province>().WithMany().HasForeignKey(r => r.HomeProvinceCode).OnDelete(DeleteBehavior.Restrict);
        // Arrays with GIN indexes: "records my province is party to" is an indexed = ANY.
        entity.HasIndex(r => r.PartyProvinceCodes).HasMethod("gin");
        entity.HasIndex(r => r.PartyAgencyIds).HasMethod("gin");
        entity.Property(r => r.Sources).HasJsonConversion();
        entity.Property(r => r.CreatedByClient).HasMaxLength(100);
        entity.Property(r => r.UpdatedByClient).HasMaxLength(100);
        entity.Property(r => r.WithdrawalReason).HasMaxLength(2000);
        entity.Property(r => r.Version).IsRowVersion();
        entity.Property(r => r.SearchKey)
            .HasComputedColumnSql("registry.search_key(search_document)", stored: true);
        entity.HasIndex(r => r.SearchKey).HasMethod("gin").HasOperators("gin_trgm_ops");
        entity.HasIndex(r => r.DeleteTime);
        entity.HasIndex(r => r.CreateTime);
        entity.Ignore(r => r.ResourceName);
        entity.Ignore(r => r.IsWithdrawn);
    }

    /// <summary>A text column people read and sort: stored as written, ordered the Vietnamese way.</summary>
    public static PropertyBuilder<string> VietnameseText(this PropertyBuilder<string> property, int maxLength) =>
        property.HasMaxLength(maxLength).UseCollation(VietnameseCollation);
}
