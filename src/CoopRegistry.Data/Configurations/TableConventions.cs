namespace CoopRegistry.Data.Configurations;

/// <summary>The set-ups several tables share, written once (the record tables' own are in <see cref="RecordConfiguration"/>).</summary>
internal static class TableConventions
{
    /// <summary>A register record's id, and every column that holds one.</summary>
    public const int IdLength = 63;

    /// <summary>
    /// Who did or answers for something, as a client, person or agency id from the token service or
    /// a request (created by, reported by, lead agency, approving authority): wider than a record id.
    /// </summary>
    public const int ActorIdLength = 100;

    /// <summary>Several columns of one width, one line: the columns of a kind (enum names, actor ids, free texts) read together.</summary>
    public static void HasMaxLength<T>(this EntityTypeBuilder<T> entity, int maxLength, params Expression<Func<T, object?>>[] columns) where T : class
    {
        foreach (var column in columns)
            entity.Property(column).HasMaxLength(maxLength);
    }

    /// <summary>GIN indexes on the text[] columns a List filter looks into: "x = ANY(column)" is indexed.</summary>
    public static void HasGinIndexes<T>(this EntityTypeBuilder<T> entity, params Expression<Func<T, object?>>[] columns) where T : class
    {
        foreach (var column in columns)
            entity.HasIndex(column).HasMethod("gin");
    }

    /// <summary>A table of rows numbered by PostgreSQL (bigint id GENERATED ALWAYS AS IDENTITY), never by us.</summary>
    public static void ToIdentityTable<T>(this EntityTypeBuilder<T> entity, string table, string id = "Id") where T : class
    {
        entity.ToTable(table);
        entity.HasKey(id);
        entity.Property<long>(id).UseIdentityAlwaysColumn();
    }

    /// <summary>
    /// The numbered entries of a register record (an agreement's revisions, a commitment's progress
    /// reports): keyed by (parent id, number); a parent with entries cannot be deleted.
    /// </summary>
    public static void ToEntriesOf<TParent, T>(this EntityTypeBuilder<T> entity, string table, string parentId, string number)
        where TParent : class where T : class
    {
        entity.ToTable(table);
        entity.HasKey(parentId, number);
        entity.HasOne<TParent>().WithMany().HasForeignKey(parentId).OnDelete(DeleteBehavior.Restrict);
        entity.Property<string>(parentId).HasMaxLength(IdLength);
        entity.Ignore("ResourceName");
    }

    /// <summary>A deadline as tagged jsonb (<see cref="DeadlineJson"/>), compared by value (deadlines are records).</summary>
    public static PropertyBuilder<Deadline?> HasDeadlineConversion(this PropertyBuilder<Deadline?> property) =>
        property
            .HasColumnType("jsonb")
            .HasConversion(
                deadline => deadline == null ? null : DeadlineJson.Serialize(deadline),
                json => json == null ? null : DeadlineJson.Deserialize(json),
                new ValueComparer<Deadline?>((a, b) => Equals(a, b), d => d == null ? 0 : d.GetHashCode(), d => d));
}
