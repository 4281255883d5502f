namespace CoopRegistry.Data.Configurations;

/// <summary>Display names as four plain columns, so they can be indexed and searched.</summary>
internal static class DisplayNamesMapping
{
    public static void MapNames<T>(this EntityTypeBuilder<T> entity, System.Linq.Expressions.Expression<Func<T, DisplayNames?>> names)
        where T : class =>
        entity.ComplexProperty(names, n =>
        {
            n.Property(x => x.Vi).HasColumnName("name_vi").HasMaxLength(300);
            n.Property(x => x.En).HasColumnName("name_en").HasMaxLength(300);
            n.Property(x => x.Local).HasColumnName("name_local").HasMaxLength(300);
            n.Property(x => x.LocalLanguage).HasColumnName("name_local_language").HasMaxLength(16);
        });
}
