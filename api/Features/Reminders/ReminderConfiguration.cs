using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Leads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Reminders;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Cycle).HasMaxLength(40);
        // The scan inserts with ON CONFLICT DO NOTHING against this key, which makes it idempotent.
        builder.HasIndex(r => new { r.ActionId, r.LeadId, r.Kind, r.Cycle }).IsUnique();
        builder.HasIndex(r => new { r.LeadId, r.SentAt });
        builder.HasOne<PlanAction>().WithMany().HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lead>().WithMany().HasForeignKey(r => r.LeadId).OnDelete(DeleteBehavior.Cascade);
    }
}
