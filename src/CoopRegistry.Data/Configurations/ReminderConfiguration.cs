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
        entity.HasMaxLength(100, r => r.Subject);
        entity.HasMaxLength(TableConventions.IdLength, r => r.CommitmentId, r => r.RecipientAgencyId);
        entity.HasOne<Commitment>().WithMany().HasForeignKey(r => r.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMaxLength(10, r => r.HomeProvinceCode);
        entity.HasMaxLength(20, r => r.Milestone, r => r.State);
        entity.HasMaxLength(254, r => r.Recipient);
        entity.HasMaxLength(2000, r => r.LastError);
        entity.HasIndex(r => new { r.Subject, r.DueDate, r.Milestone, r.DaysBefore, r.Recipient }).IsUnique();
        entity.HasIndex(r => new { r.State, r.NextAttemptTime });
        entity.HasIndex(r => r.CreateTime);
        entity.Ignore(r => r.ResourceName);
        entity.Ignore(r => r.Message);
    }
}
