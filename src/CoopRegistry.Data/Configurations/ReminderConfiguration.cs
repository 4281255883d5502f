using CoopRegistry.Domain.Reminders;

namespace CoopRegistry.Data.Configurations;

/// <summary>
/// Reminders: one row per recipient of each milestone, unique on (subject, due_date, milestone,
/// days_before, recipient) so that every registry process recording the same reminder records
/// it once. Claimed for sending by (state, next_attempt_time); listed newest first.
/// </summary>
internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> entity)
    {
        entity.ToTable("reminders");
        entity.HasKey(r => r.Id);
        // Chosen by the writer (UUIDv7, ReminderStore), never by a sequence.
        entity.Property(r => r.Id).ValueGeneratedNever();
        entity.Property(r => r.Subject).HasMaxLength(100);
        entity.Property(r => r.CommitmentId).HasMaxLength(63);
        entity.HasOne<Commitment>().WithMany().HasForeignKey(r => r.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(r => r.HomeProvinceCode).HasMaxLength(10);
        entity.Property(r => r.Milestone).HasMaxLength(20);
        entity.Property(r => r.Recipient).HasMaxLength(254);
        entity.Property(r => r.RecipientAgencyId).HasMaxLength(63);
        entity.Property(r => r.State).HasMaxLength(20);
        entity.Property(r => r.LastError).HasMaxLength(2000);
        entity.HasIndex(r => new { r.Subject, r.DueDate, r.Milestone, r.DaysBefore, r.Recipient }).IsUnique();
        entity.HasIndex(r => new { r.State, r.NextAttemptTime });
        entity.HasIndex(r => r.CreateTime);
        entity.Ignore(r => r.ResourceName);
        entity.Ignore(r => r.Message);
    }
}
